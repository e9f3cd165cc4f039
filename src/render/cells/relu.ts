/**
 * The ReLU cell: a matrix input and an upstream gradient; shows the output, the mask the layer
 * saves, dx, and a central-difference check of dx with the relative error per entry.
 */
import { matrixField } from '../kit/fields';
import type { CellSpec } from '../kit/types';
import { escapeHtml } from '../html/escape';
import { formatNumber } from '../../core/format-number';
import { numberHtml } from '../html/number-html';
import { agrees, verdict } from '../activation/gradient-check';
import { computeRelu, H, type ReluResult } from '../activation/relu-result';
import { activationMatrix, plotX, resultGroup } from '../activation/result-html';

export const reluSpec: CellSpec<ReluResult> = {
  kind: 'relu',
  fields: [
    matrixField('x', 'Input x', [
      [1, -0.5],
      [-2, 3],
    ]),
    matrixField('dout', 'Upstream gradient dout', [
      [1, 2],
      [3, 4],
    ]),
  ],

  compute: computeRelu,

  renderResult(r) {
    const onKink = (i: number, j: number): string | undefined =>
      Math.abs(r.x[i]![j]!) < H ? 'kink' : undefined;
    const forward = resultGroup(
      'forward',
      'Forward',
      activationMatrix('y = ReLU(x)', r.y, 'forward') +
        activationMatrix('mask: 1 where x ≤ 0', r.mask, 'forward'),
    );
    const backward = resultGroup(
      'backward',
      'Backward',
      activationMatrix('dx', r.dx, 'backward') +
        '<p class="bp-act-note">dout where the mask is 0, and 0 where it is 1.</p>',
    );
    const check = resultGroup(
      'check',
      'Gradient check',
      activationMatrix('central difference', r.numeric, 'check', onKink) +
        activationMatrix('relative error', r.error, 'check', (i, j) =>
          agrees(r.dx[i]![j]!, r.numeric[i]![j]!, r.noise)
            ? undefined
            : (onKink(i, j) ?? 'differs'),
        ) +
        `<p class="bp-act-verdict">The estimate nudges each entry of x by h = 1e-5. Relative error of the whole dx: ${numberHtml(r.wholeError)}. ` +
        `${escapeHtml(verdict(r.agree, r.kinks))}</p>`,
    );
    return `<div class="bp-act-results" data-plot-x="${plotX(r.x.flat())}">${forward}${backward}${check}</div>`;
  },

  announce(r) {
    const dx = r.dx.map((row) => row.map(formatNumber).join(', ')).join('; ');
    const check = r.agree ? 'gradient check agrees' : 'gradient check disagrees';
    return `dx ${dx}; ${check}`;
  },
};

export default reluSpec;
