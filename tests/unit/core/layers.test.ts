import { describe, expect, it } from 'vitest';
import { Affine, Matrix, Relu, ShapeError, Sigmoid, sigmoid } from '../../../src/core/index';

describe('Relu', () => {
  it('masks x <= 0 and blocks the gradient there', () => {
    const relu = new Relu();
    const x = Matrix.from([
      [1, -0.5],
      [-2, 3],
    ]);
    expect(relu.forward(x).toArray()).toEqual([
      [1, 0],
      [0, 3],
    ]);
    expect(relu.mask?.toArray()).toEqual([
      [0, 1],
      [1, 0],
    ]);
    const dout = Matrix.from([
      [5, 6],
      [7, 8],
    ]);
    expect(relu.backward(dout).toArray()).toEqual([
      [5, 0],
      [0, 8],
    ]);
  });

  it('takes gradient 0 at the kink x = 0', () => {
    const relu = new Relu();
    expect(relu.forward(Matrix.row([0, -0])).toArray()).toEqual([[0, 0]]);
    expect(relu.backward(Matrix.row([1, 1])).toArray()).toEqual([[0, 0]]);
  });

  it('refuses a dout of the wrong shape', () => {
    const relu = new Relu();
    relu.forward(Matrix.row([1, 2]));
    expect(() => relu.backward(Matrix.row([1]))).toThrow('Relu.backward: (1 × 1) and (1 × 2)');
  });
});

describe('Sigmoid', () => {
  it('matches hand values', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(Math.log(3))).toBeCloseTo(0.75, 15);
    expect(sigmoid(-Math.log(3))).toBeCloseTo(0.25, 15);
  });

  it('backward is dout · y(1 − y)', () => {
    const s = new Sigmoid();
    s.forward(Matrix.row([0, Math.log(3)]));
    const dx = s.backward(Matrix.row([2, 1]));
    expect(dx.get(0, 0)).toBe(0.5); // 2 · ½ · ½
    expect(dx.get(0, 1)).toBeCloseTo(0.1875, 15); // ¾ · ¼
  });

  it('stays finite at ±1000 (no NaN, no Infinity)', () => {
    const s = new Sigmoid();
    const y = s.forward(Matrix.row([1000, -1000, 710, -710]));
    expect(y.toArray()).toEqual([[1, 0, 1, expect.any(Number)]]);
    expect(y.get(0, 3)).toBeGreaterThan(0);
    const dx = s.backward(Matrix.row([1, 1, 1, 1]));
    for (const v of [...y.toArray()[0]!, ...dx.toArray()[0]!])
      expect(Number.isFinite(v)).toBe(true);
  });
});

describe('Affine', () => {
  // The batch example: X · W = [[0,0,0],[10,10,10]], plus b = [1,2,3].
  const x = Matrix.from([
    [0, 0],
    [10, 10],
  ]);
  const W = Matrix.from([
    [1, 1, 1],
    [0, 0, 0],
  ]);
  const b = Matrix.row([1, 2, 3]);

  it('adds the bias to every row of the batch', () => {
    const layer = new Affine(W, b);
    expect(x.dot(W).toArray()).toEqual([
      [0, 0, 0],
      [10, 10, 10],
    ]);
    expect(layer.forward(x).toArray()).toEqual([
      [1, 2, 3],
      [11, 12, 13],
    ]);
  });

  it('backward gives dx = dout·Wᵀ, dW = xᵀ·dout and db = column sums of dout', () => {
    const layer = new Affine(W, b);
    layer.forward(x);
    const dout = Matrix.from([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(layer.backward(dout).toArray()).toEqual([
      [6, 0],
      [15, 0],
    ]);
    expect(layer.db?.toArray()).toEqual([[5, 7, 9]]);
    expect(layer.dW?.toArray()).toEqual([
      [40, 50, 60],
      [40, 50, 60],
    ]);
  });

  it('refuses mismatched shapes with both shapes in the message', () => {
    expect(() => new Affine(W, Matrix.row([1, 2]))).toThrow(
      'Affine: W is (2 × 3), so b must be (1 × 3), but it is (1 × 2)',
    );
    const layer = new Affine(W, b);
    expect(() => layer.forward(Matrix.row([1, 2, 3]))).toThrow(ShapeError);
    expect(() => layer.forward(Matrix.row([1, 2, 3]))).toThrow('(1 × 3) · (2 × 3)');
    layer.forward(x);
    expect(() => layer.backward(Matrix.row([1, 2, 3]))).toThrow('inner sizes 2 and 1 differ');
  });
});

describe('backward before forward', () => {
  it.each([
    ['Relu', () => new Relu().backward(Matrix.row([1]))],
    ['Sigmoid', () => new Sigmoid().backward(Matrix.row([1]))],
    ['Affine', () => new Affine(Matrix.row([1]), Matrix.row([0])).backward(Matrix.row([1]))],
  ])('%s throws a clear error', (name, call) => {
    expect(call).toThrow(`${name}.backward called before forward`);
  });
});
