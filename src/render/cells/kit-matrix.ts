/**
 * A test bench for matrix and choice inputs (used by the kit's gallery page, its browser tests
 * and the latency benchmark): L = Σ W ⊙ X or its mean, with ∂L/∂W = X and ∂L/∂X = W (÷ n).
 */
import { InputError } from '../../core/input-error';
import { formatNumber } from '../../core/format-number';
import { matrixTable, resultTable } from '../kit/result-tables';
import { choiceField, matrixField } from '../kit/fields';
import { gridShape } from '../kit/shape';
import type { CellSpec } from '../kit/types';
import { t } from '../../messages';

type M = number[][];
interface Result {
  readonly loss: number;
  readonly dW: M;
  readonly dX: M;
}

const grid = (n: number, f: (r: number, c: number) => number): M =>
  Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => f(r, c)));

const kitMatrix: CellSpec<Result> = {
  kind: 'kit-matrix',
  areas: ['chain'],
  fields: [
    matrixField(
      'w',
      'chain.matrix.weights',
      grid(8, (r, c) => (r === c ? 1 : 0.5)),
    ),
    matrixField(
      'x',
      'chain.matrix.inputs',
      grid(8, (r, c) => r - c + 1),
    ),
    choiceField('reduce', 'chain.matrix.reduce', 'sum', [
      ['sum', 'chain.matrix.sum'],
      ['mean', 'chain.matrix.mean'],
    ]),
  ],
  compute: (values) => {
    const w = values['w'] as M;
    const x = values['x'] as M;
    if (w.length !== x.length || w[0]!.length !== x[0]!.length) {
      throw new InputError('x', t('chain.matrix.mismatch', { x: gridShape(x), w: gridShape(w) }));
    }
    const scale = values['reduce'] === 'mean' ? 1 / (w.length * w[0]!.length) : 1;
    let loss = 0;
    w.forEach((row, r) => row.forEach((v, c) => (loss += v * x[r]![c]! * scale)));
    // ∂L/∂W = X · scale and ∂L/∂X = W · scale: each factor's gradient is the other factor.
    return {
      loss,
      dW: x.map((row) => row.map((v) => v * scale)),
      dX: w.map((row) => row.map((v) => v * scale)),
    };
  },
  renderResult: (r) =>
    resultTable(t('kit.forward'), [['L', r.loss]], 'forward') +
    matrixTable('∂L/∂W', r.dW, 'backward', { shape: true }) +
    matrixTable('∂L/∂X', r.dX, 'backward', { shape: true }),
  announce: (r) => `L ${formatNumber(r.loss)}.`,
};

export default kitMatrix;
