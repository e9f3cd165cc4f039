/**
 * The ReLU cell: a matrix input and an upstream gradient; shows the output, the mask the layer
 * saves, dx, and a central-difference check of dx with the relative error per entry.
 */
import { Matrix, Relu, gradientCheck } from '../../core/index';
import { InputError } from '../../core/input-error';
import type { CellSpec, CellValues } from '../kit/types';
import { t } from '../../messages';
import { escapeHtml } from '../html/escape';
import { formatNumber } from '../html/format';
import { numberHtml } from '../html/number-html';
import { agrees, relativeError, verdict } from '../activation/gradient-check';
import { matrixTable, plotX, resultGroup } from '../activation/result-html';

/** The step of the central difference, as in the chapter's text. */
const H = 1e-5;

export interface ReluResult {
  readonly x: number[][];
  readonly dout: number[][];
  readonly y: number[][];
  /** As the layer stores it: 1 where x ≤ 0 (gradient blocked), 0 where it passes. */
  readonly mask: number[][];
  readonly dx: number[][];
  /** ∂L/∂x by central differences of L = Σ dout ⊙ ReLU(x). */
  readonly numeric: number[][];
  readonly error: number[][];
  readonly maxError: number;
  /** Core's `gradientCheck`: ‖dx − estimate‖ / (‖dx‖ + ‖estimate‖) over the whole matrix. */
  readonly wholeError: number;
  /** Every entry agrees, allowing for the estimate's rounding noise. */
  readonly agree: boolean;
  /** The estimate's rounding noise bound used for `agree`. */
  readonly noise: number;
  /** Entries within h of the kink at 0, where the estimate cannot agree. */
  readonly kinks: number;
}

const matrixOf = (values: CellValues, name: string): Matrix =>
  Matrix.from(values[name] as number[][]);

export const reluSpec: CellSpec<ReluResult> = {
  kind: 'relu',
  fields: [
    {
      kind: 'matrix',
      name: 'x',
      label: 'activation.inputX',
      initial: [
        [1, -0.5],
        [-2, 3],
      ],
    },
    {
      kind: 'matrix',
      name: 'dout',
      label: 'activation.upstreamDout',
      initial: [
        [1, 2],
        [3, 4],
      ],
    },
  ],

  compute(values) {
    const x = matrixOf(values, 'x');
    const dout = matrixOf(values, 'dout');
    if (x.rows !== dout.rows || x.cols !== dout.cols) {
      throw new InputError(
        'dout',
        t('activation.reluShapeMismatch', { dout: `${dout.shape}`, x: `${x.shape}` }),
      );
    }
    const layer = new Relu();
    const y = layer.forward(x);
    const dx = layer.backward(dout);
    const mask = layer.mask!;
    // The loss whose gradient the layer's dx is: L = Σ dout ⊙ ReLU(x).
    const loss = ({ x: m }: Readonly<Record<string, Matrix>>): number =>
      new Relu().forward(m!).mul(dout).sum();
    const report = gradientCheck(loss, { x }, { x: dx }, H);
    const numeric = report.parameters[0]!.numerical;
    const estimates = numeric.toArray().flat();
    const error = dx
      .toArray()
      .map((row, i) => row.map((d, j) => relativeError(d, numeric.get(i, j))));
    // Rounding noise of the estimate: about 1e-16 · Σ|terms of L| / h; allow a wide margin.
    const noise =
      1e-9 *
        y
          .mul(dout)
          .toArray()
          .flat()
          .reduce((a, v) => a + Math.abs(v), 0) +
      1e-300;
    const agree = dx
      .toArray()
      .flat()
      .every((d, k) => agrees(d, estimates[k]!, noise));
    return {
      x: x.toArray(),
      dout: dout.toArray(),
      y: y.toArray(),
      mask: mask.toArray(),
      dx: dx.toArray(),
      numeric: numeric.toArray(),
      error,
      maxError: Math.max(...error.flat()),
      wholeError: report.maxRelativeError,
      agree,
      noise,
      kinks: x
        .toArray()
        .flat()
        .filter((v) => Math.abs(v) < H).length,
    };
  },

  renderResult(r) {
    const onKink = (i: number, j: number): string | undefined =>
      Math.abs(r.x[i]![j]!) < H ? t('activation.flagKink') : undefined;
    const forward = resultGroup(
      'forward',
      t('activation.forward'),
      matrixTable('y = ReLU(x)', r.y, 'forward') +
        matrixTable(t('activation.reluMask'), r.mask, 'forward'),
    );
    const backward = resultGroup(
      'backward',
      t('activation.backward'),
      matrixTable('dx', r.dx, 'backward') +
        `<p class="bp-act-note">${escapeHtml(t('activation.reluDxNote'))}</p>`,
    );
    const check = resultGroup(
      'check',
      t('activation.check'),
      matrixTable(t('activation.centralDifference'), r.numeric, 'check', onKink) +
        matrixTable(t('activation.relativeError'), r.error, 'check', (i, j) =>
          agrees(r.dx[i]![j]!, r.numeric[i]![j]!, r.noise)
            ? undefined
            : (onKink(i, j) ?? t('activation.flagDiffers')),
        ) +
        // The number is markup: escape the sentence around a slot, then put the number in it.
        `<p class="bp-act-verdict">${escapeHtml(t('activation.reluWholeError', { error: '{error}' })).replace('{error}', numberHtml(r.wholeError))} ` +
        `${escapeHtml(verdict(r.agree, r.kinks))}</p>`,
    );
    return `<div class="bp-act-results" data-plot-x="${plotX(r.x.flat())}">${forward}${backward}${check}</div>`;
  },

  announce(r) {
    const dx = r.dx.map((row) => row.map(formatNumber).join(', ')).join('; ');
    return t(r.agree ? 'activation.reluAnnounceAgree' : 'activation.reluAnnounceDisagree', { dx });
  },
};

export default reluSpec;
