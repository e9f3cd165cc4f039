/**
 * The ReLU cell: a matrix input and an upstream gradient; shows the output, the mask the layer
 * saves, dx, and a central-difference check of dx with the relative error per entry.
 */
import { Matrix, Relu, numericalGradient } from '../../core/index';
import { InputError } from '../../core/input-error';
import type { CellSpec, CellValues } from '../cell/types';
import { escapeHtml } from '../cell/escape';
import { AGREES, relativeError, verdict } from './relu-check';
import { matrixTable, resultGroup } from './relu-tables';

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
      label: 'Input x',
      initial: [
        [1, -0.5],
        [-2, 3],
      ],
    },
    {
      kind: 'matrix',
      name: 'dout',
      label: 'Upstream gradient dout',
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
        `dout is ${dout.shape} but x is ${x.shape}: the upstream gradient needs one entry per entry of x.`,
      );
    }
    const layer = new Relu();
    const y = layer.forward(x);
    const dx = layer.backward(dout);
    const mask = layer.mask!;
    // The loss whose gradient the layer's dx is: L = Σ dout ⊙ ReLU(x).
    const loss = (m: Matrix): number => new Relu().forward(m).mul(dout).sum();
    const numeric = numericalGradient(loss, x, H);
    const error = dx
      .toArray()
      .map((row, i) => row.map((d, j) => relativeError(d, numeric.get(i, j))));
    const flat = error.flat();
    return {
      x: x.toArray(),
      dout: dout.toArray(),
      y: y.toArray(),
      mask: mask.toArray(),
      dx: dx.toArray(),
      numeric: numeric.toArray(),
      error,
      maxError: Math.max(...flat),
      kinks: x
        .toArray()
        .flat()
        .filter((v) => Math.abs(v) < H).length,
    };
  },

  renderResult(r) {
    const onKink = (i: number, j: number): string | undefined =>
      Math.abs(r.x[i]![j]!) < H ? 'kink' : undefined;
    const forward = resultGroup(
      'forward',
      'Forward',
      matrixTable('y = ReLU(x)', r.y, 'forward') +
        matrixTable('mask (1 where x ≤ 0)', r.mask, 'forward'),
    );
    const backward = resultGroup(
      'backward',
      'Backward',
      matrixTable('dx = dout where the mask is 0', r.dx, 'backward'),
    );
    const check = resultGroup(
      'check',
      'Gradient check',
      matrixTable('dx by central difference', r.numeric, 'check', onKink) +
        matrixTable('relative error', r.error, 'check', (i, j) =>
          r.error[i]![j]! >= AGREES ? (onKink(i, j) ?? 'differs') : undefined,
        ) +
        `<p class="bp-act-verdict">${escapeHtml(verdict(r.maxError, r.kinks))}</p>`,
    );
    return `<div class="bp-act-results">${forward}${backward}${check}</div>`;
  },

  announce(r) {
    const dx = r.dx.map((row) => row.map(short).join(', ')).join('; ');
    const check = r.maxError < AGREES ? 'gradient check agrees' : 'gradient check disagrees';
    return `dx ${dx}; ${check}`;
  },
};

function short(v: number): string {
  return String(Number(v.toPrecision(6)));
}
