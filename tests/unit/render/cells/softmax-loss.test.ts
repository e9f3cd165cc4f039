import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/input-error';
import { formatNumber } from '../../../../src/core/format-number';
import { computeSoftmaxLoss } from '../../../../src/render/classifier/softmax-loss-result';
import { softmaxLossSpec } from '../../../../src/render/cells/softmax-loss';
import { probabilityBarsSvg } from '../../../../src/render/plots/probability-bars';
import type { CellValues } from '../../../../src/render/kit/types';
import { renderCell } from '../../../../src/render/kit/render-cell';

const spec = softmaxLossSpec(probabilityBarsSvg);

const oneHot = (logits: number[][], oneHot: number[][]): CellValues => ({
  logits,
  labelFormat: 'onehot',
  oneHot,
  labels: oneHot.map((r) => [r.indexOf(1)]),
});
const indices = (logits: number[][], labels: number[]): CellValues => ({
  logits,
  labelFormat: 'index',
  oneHot: [[1, 0]],
  labels: labels.map((k) => [k]),
});

function inputError(values: CellValues): InputError {
  try {
    computeSoftmaxLoss(values);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('Softmax-with-Loss cell', () => {
  it('logits [[0, 0]] with label 0: loss ln 2, dx [[−0.5, 0.5]]', () => {
    const r = computeSoftmaxLoss(indices([[0, 0]], [0]));
    expect(r.loss).toBeCloseTo(Math.LN2, 15);
    expect(r.y).toEqual([[0.5, 0.5]]);
    expect(r.dx).toEqual([[-0.5, 0.5]]);
  });

  it('gives the same results for one-hot rows and class indices', () => {
    const logits = [
      [0.3, 2.9, 4],
      [2, 1, 0.1],
    ];
    const a = computeSoftmaxLoss(
      oneHot(logits, [
        [0, 0, 1],
        [1, 0, 0],
      ]),
    );
    const b = computeSoftmaxLoss(indices(logits, [2, 0]));
    expect(b.loss).toBe(a.loss);
    expect(b.dx).toEqual(a.dx);
    expect(b.y).toEqual(a.y);
    expect(a.format).toBe('onehot');
    expect(b.format).toBe('index');
  });

  it('matches hand-worked softmax values for the default batch', () => {
    const r = computeSoftmaxLoss(
      indices(
        [
          [0.3, 2.9, 4],
          [2, 1, 0.1],
        ],
        [2, 0],
      ),
    );
    expect(r.y[0]![2]!).toBeCloseTo(0.7365969137693786, 12);
    expect(r.y[1]![0]!).toBeCloseTo(0.6590011388859679, 12);
    // Mean of −ln y: (−ln 0.73660 − ln 0.65900) / 2.
    expect(r.loss).toBeCloseTo((-Math.log(r.y[0]![2]!) - Math.log(r.y[1]![0]!)) / 2, 12);
    // (y − t) / N with N = 2.
    expect(r.dx[0]![2]!).toBeCloseTo((r.y[0]![2]! - 1) / 2, 15);
    expect(r.dx[1]![1]!).toBeCloseTo(r.y[1]![1]! / 2, 15);
  });

  it('stays finite at a logit of 1000 while the naive softmax gives NaN', () => {
    const r = computeSoftmaxLoss(indices([[1000, 0]], [1]));
    expect(r.loss).toBe(1000);
    expect(r.y.flat().every(Number.isFinite)).toBe(true);
    expect(r.dx.flat().every(Number.isFinite)).toBe(true);
    expect(r.naive[0]![0]).toBeNaN();
    const html = spec.renderResult(r, indices([[1000, 0]], [1]));
    expect(html).toContain('>no value<');
    expect(html).not.toContain('>NaN<');
    expect(html).toContain('In row 1, exp overflowed');
  });

  it('names both shapes when one-hot labels do not fit the logits', () => {
    const e = inputError(oneHot([[1, 2, 3]], [[0, 1]]));
    expect(e.field).toBe('oneHot');
    expect(e.message).toContain('one-hot labels are 1 × 2 but the logits are 1 × 3');
  });

  it('refuses a one-hot row without exactly one 1', () => {
    const e = inputError(oneHot([[1, 2]], [[1, 1]]));
    expect(e.field).toBe('oneHot');
    expect(e.message).toContain('Row 1 of the one-hot labels needs exactly one 1');
  });

  it('refuses a class index out of range, or not whole', () => {
    const out = inputError(indices([[1, 2, 3]], [3]));
    expect(out.field).toBe('labels');
    expect(out.message).toBe(
      'Label 3 in row 1 is out of range: with 3 classes, a label is a whole number from 0 to 2.',
    );
    // Issue 12: 1.5 is not a whole number (it used to be called "out of range").
    expect(inputError(indices([[1, 2, 3]], [1.5])).message).toContain(
      'The label in row 1 is not a whole number',
    );
    expect(inputError(indices([[1, 2, 3]], [-1])).field).toBe('labels');
  });

  it('names both shapes when the indices do not fit the batch', () => {
    const e = inputError(
      indices(
        [
          [1, 2],
          [3, 4],
        ],
        [0],
      ),
    );
    expect(e.field).toBe('labels');
    expect(e.message).toContain('class indices are 1 × 1 but the logits have 2 rows');
  });

  it('refuses an empty batch beside the logits', () => {
    const e = inputError(indices([], []));
    expect(e.field).toBe('logits');
    expect(e.message).toMatch(/empty/);
  });

  it('renders a chart per row, the loss and dx, and announces the loss', () => {
    const values = indices([[0, 0]], [0]);
    const r = computeSoftmaxLoss(values);
    const html = spec.renderResult(r, values);
    expect(html.match(/<svg/g)).toHaveLength(1);
    expect(html).toContain('Row 1, true class 0');
    expect(html).toContain('dx = (y − t) / N (1 × 2)');
    expect(html).toContain(`value="${Math.LN2}"`);
    expect(spec.announce(r)).toBe(
      `Loss ${formatNumber(Math.LN2)}; dx first row ${formatNumber(-0.5)}, ${formatNumber(0.5)}.`,
    );
  });
});

describe('the naive softmax note says what happened (issue 12)', () => {
  const spec = softmaxLossSpec(() => '');
  const run = (logits: number[][], labels: number[][]) =>
    spec.renderResult(spec.compute({ logits, labelFormat: 'index', labels }), {});
  it('a row of −1000s underflows, it does not overflow', () => {
    const html = run([[-1000, -1000, -1000]], [[0]]);
    expect(html).toContain('In row 1, every exp underflowed to 0');
    expect(html).not.toContain('overflowed');
  });
  it('a logit of 1000 overflows; both kinds in one batch are told apart', () => {
    const html = run(
      [
        [1000, 0, 0],
        [-1000, -1000, -1000],
      ],
      [[0], [1]],
    );
    expect(html).toContain('In row 1, exp overflowed to ∞');
    expect(html).toContain('In row 2, every exp underflowed to 0');
  });
  it('logits [1e308, 2.9, −1e308] make the loss overflow: refused beside the logits', () => {
    expect(() =>
      renderCell(
        spec,
        { logits: [[1e308, 2.9, -1e308]], labelFormat: 'index', labels: [[2]] },
        'c',
        'C',
      ),
    ).toThrow(/Logits 1e308 \(row 1, column 1\) makes a result overflow/);
  });
});
