// The public entry: chapters, cells and outside code import from src/core/index.ts. Each export is
// used here through the index on a value worked by hand (most of them the book's own), so a
// missing, renamed or miswired export fails, not just an absent name.
import { describe, expect, it } from 'vitest';
import * as core from '../../../src/core/index';

const { Matrix } = core;
const m = (rows: number[][]) => Matrix.from(rows);

describe('the public entry, each export on a hand-worked value', () => {
  it('Matrix: [[1, 2]]·[[3], [4]] = [[11]]; a bad product throws a ShapeError naming both shapes', () => {
    expect(
      m([[1, 2]])
        .dot(m([[3], [4]]))
        .toArray(),
    ).toEqual([[11]]);
    expect(() => m([[1, 2]]).dot(m([[1, 2]]))).toThrow(core.ShapeError);
    expect(() => m([[1, 2]]).dot(m([[1, 2]]))).toThrow(/\(1 × 2\).*\(1 × 2\)/);
    expect(core.shapeText(2, 3)).toBe('2 × 3');
  });

  it('AddLayer and MulLayer: chapter 3’s check-yourself nodes', () => {
    const add = new core.AddLayer();
    expect(add.forward(10, -3)).toBe(7);
    expect(add.backward(4)).toEqual([4, 4]);
    const mul = new core.MulLayer();
    expect(mul.forward(3, 5)).toBe(15);
    expect(mul.backward(2)).toEqual([10, 6]);
  });

  it('Relu masks x ≤ 0; Sigmoid at x = 1 gives 0.7310585786300049 and dx = 0.19661193324148185', () => {
    const relu = new core.Relu();
    expect(relu.forward(m([[-1, 0, 2]])).toArray()).toEqual([[0, 0, 2]]);
    expect(relu.backward(m([[5, 5, 5]])).toArray()).toEqual([[0, 0, 5]]);
    expect(core.sigmoid(0)).toBe(0.5);
    const s = new core.Sigmoid();
    expect(s.forward(m([[1]])).get(0, 0)).toBe(0.7310585786300049);
    expect(s.backward(m([[1]])).get(0, 0)).toBeCloseTo(0.19661193324148185, 15);
  });

  it('Affine: x = [[1, 2]], W = I, b = [[10, 20]] gives [[11, 22]]; dW = xᵀ·dout, db = dout', () => {
    const a = new core.Affine(
      m([
        [1, 0],
        [0, 1],
      ]),
      m([[10, 20]]),
    );
    expect(a.forward(m([[1, 2]])).toArray()).toEqual([[11, 22]]);
    expect(a.backward(m([[3, 4]])).toArray()).toEqual([[3, 4]]);
    expect(a.dW!.toArray()).toEqual([
      [3, 4],
      [6, 8],
    ]);
    expect(a.db!.toArray()).toEqual([[3, 4]]);
  });

  it('softmax of [[0, 0]] is [[0.5, 0.5]]; with label 0 the loss is ln 2 and dx is [[−0.5, 0.5]]', () => {
    expect(core.softmax(m([[0, 0]])).toArray()).toEqual([[0.5, 0.5]]);
    expect(core.naiveSoftmax(m([[0, 0]])).toArray()).toEqual([[0.5, 0.5]]);
    expect(core.logSumExp([0, 0])).toBeCloseTo(Math.LN2, 15);
    expect(core.logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.LN2, 12); // no overflow
    expect(core.crossEntropy(m([[0, 0]]), [0])).toBeCloseTo(Math.LN2, 15);
    const swl = new core.SoftmaxWithLoss();
    expect(swl.forward(m([[0, 0]]), [0])).toBeCloseTo(Math.LN2, 15);
    expect(swl.backward().toArray()).toEqual([[-0.5, 0.5]]);
  });

  it('labels: oneHot([1], 3) is [[0, 1, 0]] and back; a label out of range is a LabelError', () => {
    const x = m([[0, 0, 0]]);
    expect(core.oneHot([1], 3).toArray()).toEqual([[0, 1, 0]]);
    expect(core.toLabels(core.oneHot([1], 3), x)).toEqual([1]);
    expect(() => core.toLabels([3], x)).toThrow(core.LabelError);
    expect(new core.LabelError('bad')).toBeInstanceOf(core.InputError);
    expect(new core.InputError('x', 'bad').field).toBe('x');
  });

  it('numerical derivatives: (2w − 1)² at w = 1 is 4; its gradient as a 1 × 1 matrix too', () => {
    const loss = (w: number) => (2 * w - 1) ** 2;
    expect(core.numericalDerivative(loss, 1, 1e-4)).toBeCloseTo(4, 9);
    expect(core.numericalGradient((w) => loss(w.get(0, 0)), m([[1]])).get(0, 0)).toBeCloseTo(4, 8);
  });

  it('gradientCheck accepts the right gradient and flags a wrong one; relativeError is 0 or 1/3', () => {
    const lossAt = (p: Readonly<Record<string, core.Matrix>>) => (2 * p['w']!.get(0, 0) - 1) ** 2;
    const right = core.gradientCheck(lossAt, { w: m([[1]]) }, { w: m([[4]]) });
    expect(right.maxRelativeError).toBeLessThan(1e-7);
    const wrong = core.gradientCheck(lossAt, { w: m([[1]]) }, { w: m([[2]]) });
    expect(wrong.maxRelativeError).toBeCloseTo(1 / 3, 6); // |2 − 4| / (2 + 4)
    expect(core.relativeError(m([[4]]), m([[4]]))).toBe(0);
  });

  it('numbers for reading and for typing: 3.3000000000000003 shows as 3.3', () => {
    expect(core.formatNumber(1.1 * 3)).toBe('3.3');
    expect(core.exactNumber(1.1 * 3)).toBe('3.3000000000000003');
  });
});
