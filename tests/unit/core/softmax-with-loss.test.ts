import { describe, expect, it } from 'vitest';
import {
  InputError,
  LabelError,
  Matrix,
  SoftmaxWithLoss,
  crossEntropy,
  logSumExp,
  naiveSoftmax,
  softmax,
} from '../../../src/core/index';

const allFinite = (m: Matrix) => m.toArray().flat().every(Number.isFinite);

describe('softmax', () => {
  it('matches hand values and sums to 1 per row', () => {
    const y = softmax(
      Matrix.from([
        [0, Math.log(3)],
        [5, 5],
      ]),
    );
    expect(y.get(0, 0)).toBeCloseTo(0.25, 15);
    expect(y.get(0, 1)).toBeCloseTo(0.75, 15);
    expect(y.toArray()[1]).toEqual([0.5, 0.5]);
  });

  it('is stable at ±1000 and with equal scores, where the naive formula gives NaN', () => {
    const x = Matrix.from([
      [1000, 1000],
      [-1000, -1000],
      [1000, 0],
    ]);
    expect(softmax(x).toArray()).toEqual([
      [0.5, 0.5],
      [0.5, 0.5],
      [1, 0],
    ]);
    expect(naiveSoftmax(x).toArray()[0]).toEqual([NaN, NaN]);
    expect(naiveSoftmax(Matrix.row([0, Math.log(3)])).get(0, 1)).toBeCloseTo(0.75, 15);
  });

  it('logSumExp is exact where it can be and finite for large scores', () => {
    expect(logSumExp([0, 0])).toBe(Math.LN2);
    expect(logSumExp([1000, 0])).toBe(1000);
    expect(logSumExp([-1000, -1000])).toBeCloseTo(-1000 + Math.LN2, 12);
  });
});

describe('SoftmaxWithLoss', () => {
  it('logits [1000, 0] with label 1 give loss exactly 1000', () => {
    const layer = new SoftmaxWithLoss();
    expect(layer.forward(Matrix.row([1000, 0]), [1])).toBe(1000);
    expect(layer.y?.toArray()).toEqual([[1, 0]]);
    expect(layer.backward().toArray()).toEqual([[1, -1]]);
  });

  it('equal logits give log K, even at 1000', () => {
    const layer = new SoftmaxWithLoss();
    expect(layer.forward(Matrix.row([1000, 1000]), [0])).toBe(Math.LN2);
    expect(layer.forward(Matrix.row([7, 7, 7]), [2])).toBeCloseTo(Math.log(3), 15);
    expect(layer.forward(Matrix.row([-1000, -1000]), [1])).toBe(Math.LN2);
    expect(allFinite(layer.backward())).toBe(true);
  });

  it('takes the mean over the batch and returns (y − t) · dout / N', () => {
    const layer = new SoftmaxWithLoss();
    const x = Matrix.from([
      [0, Math.log(3)],
      [0, 0],
    ]);
    // row 0: −log ¾; row 1: −log ½
    expect(layer.forward(x, [1, 0])).toBeCloseTo((-Math.log(0.75) + Math.LN2) / 2, 15);
    const dx = layer.backward(2).toArray();
    expect(dx[0]![0]).toBeCloseTo(0.25, 15); // (¼ − 0) · 2 / 2
    expect(dx[0]![1]).toBeCloseTo(-0.25, 15); // (¾ − 1) · 2 / 2
    expect(dx[1]).toEqual([-0.5, 0.5]);
  });

  it('gives the same result for one-hot rows and class indices', () => {
    const x = Matrix.from([
      [1, 2, 3],
      [3, -1, 0],
    ]);
    const a = new SoftmaxWithLoss();
    const b = new SoftmaxWithLoss();
    const la = a.forward(x, [2, 0]);
    const lb = b.forward(
      x,
      Matrix.from([
        [0, 0, 1],
        [1, 0, 0],
      ]),
    );
    expect(la).toBe(lb);
    expect(a.backward().toArray()).toStrictEqual(b.backward().toArray());
    expect(crossEntropy(x, [2, 0])).toBe(la);
  });

  it('tells label forms apart by type, not by size', () => {
    // A 1 × 1 batch: [0] as an array is "class 0", which is valid.
    const layer = new SoftmaxWithLoss();
    expect(layer.forward(Matrix.row([5]), [0])).toBe(0);
    // A one-hot matrix of shape (2 × 2) against 2 labels is never confused either way.
    const x = Matrix.from([
      [0, 0],
      [0, 0],
    ]);
    expect(() => layer.forward(x, Matrix.row([1, 0]))).toThrow(
      'One-hot t is (1 × 2) but x is (2 × 2); they must match.',
    );
  });

  it('refuses out-of-range and malformed labels with a LabelError for field t', () => {
    const layer = new SoftmaxWithLoss();
    const x = Matrix.from([
      [0, 0, 0],
      [1, 2, 3],
    ]);
    const attempts: [Matrix | number[], string][] = [
      [
        [0, 3],
        'Label 3 in row 1 is out of range: with 3 classes a label is a whole number from 0 to 2.',
      ],
      [[-1, 0], 'Label -1 in row 0 is out of range'],
      [[0.5, 0], 'Label 0.5 in row 0 is out of range'],
      [[NaN, 0], 'Label NaN in row 0'],
      [[0], 't has 1 label but x has 2 rows; give one class per row.'],
      [
        Matrix.from([
          [0, 1, 0],
          [0, 1, 1],
        ]),
        'Row 1 of t is not one-hot',
      ],
      [
        Matrix.from([
          [0, 1, 0],
          [0, 0.5, 0.5],
        ]),
        'Row 1 of t is not one-hot',
      ],
    ];
    for (const [t, message] of attempts) {
      let error: unknown;
      try {
        layer.forward(x, t);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(LabelError);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).field).toBe('t');
      expect((error as Error).message).toContain(message);
    }
  });

  it('backward before forward throws a clear error', () => {
    expect(() => new SoftmaxWithLoss().backward()).toThrow(
      'SoftmaxWithLoss.backward called before forward',
    );
  });
});
