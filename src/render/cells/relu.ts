/**
 * The ReLU cell: a matrix input and an upstream gradient; shows the output, the mask the layer
 * saves, dx, and a central-difference check of dx with the relative error per entry.
 */
import { t } from '../../messages';
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
  areas: ['activation'],
  fields: [
    matrixField('x', 'activation.inputX', [
      [1, -0.5],
      [-2, 3],
    ]),
    matrixField('dout', 'activation.upstreamDout', [
      [1, 2],
      [3, 4],
    ]),
  ],

  compute: computeRelu,

  renderResult(r) {
    const onKink = (i: number, j: number): string | undefined =>
      Math.abs(r.x[i]![j]!) < H ? t('activation.flagKink') : undefined;
    const forward = resultGroup(
      'forward',
      t('kit.forward'),
      activationMatrix('y = ReLU(x)', r.y, 'forward') +
        activationMatrix(t('activation.reluMask'), r.mask, 'forward'),
    );
    const backward = resultGroup(
      'backward',
      t('kit.backward'),
      activationMatrix('dx', r.dx, 'backward') +
        `<p class="bp-act-note">${escapeHtml(t('activation.reluDxNote'))}</p>`,
    );
    const check = resultGroup(
      'check',
      t('activation.check'),
      activationMatrix(t('activation.centralDifference'), r.numeric, 'check', onKink) +
        activationMatrix(t('activation.relativeError'), r.error, 'check', (i, j) =>
          agrees(r.dx[i]![j]!, r.numeric[i]![j]!, r.noise)
            ? undefined
            : (onKink(i, j) ?? t('activation.flagDiffers')),
        ) +
        // The number is markup: escape the sentence around a slot, then put the number in it.
        `<p class="bp-act-verdict">${escapeHtml(t('activation.reluWholeError', { error: '{error}' })).replace('{error}', numberHtml(r.wholeError))} ` +
        `${escapeHtml(verdict(r.outcome, r.kinks))}</p>`,
    );
    return `<div class="bp-act-results" data-plot-x="${plotX(r.x.flat())}">${forward}${backward}${check}</div>`;
  },

  announce(r) {
    const dx = r.dx.map((row) => row.map(formatNumber).join(', ')).join('; ');
    const key =
      r.outcome === 'agree'
        ? 'activation.reluAnnounceAgree'
        : r.outcome === 'unchecked'
          ? 'activation.reluAnnounceUnchecked'
          : 'activation.reluAnnounceDisagree';
    return t(key, { dx });
  },
};

export default reluSpec;
