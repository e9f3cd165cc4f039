import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Affine,
  Matrix,
  Relu,
  ShapeError,
  Sigmoid,
  SoftmaxWithLoss,
  softmax,
} from '../../src/core/index';
import { RUNS, matrix, matrixAndWeights, size } from './arbitraries';

describe('layers never mutate their arguments', () => {
  it('Relu, Sigmoid, Affine and SoftmaxWithLoss leave x, W, b, dout and t as they were', () => {
    const case_ = fc
      .tuple(size, size, size)
      .chain(([n, d, m]) =>
        fc.tuple(
          matrix(n, d),
          matrix(d, m),
          matrix(1, m),
          matrix(n, m),
          fc.array(fc.integer({ min: 0, max: m - 1 }), { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(case_, ([x, W, b, dout, labels]) => {
        const snapshot = [x, W, b, dout].map((m) => m.toArray());
        const frozen = Object.freeze([...labels]);
        const affine = new Affine(W, b);
        const relu = new Relu();
        const sigmoid = new Sigmoid();
        const loss = new SoftmaxWithLoss();
        const h = relu.forward(affine.forward(x));
        sigmoid.forward(h);
        loss.forward(h, frozen); // a frozen array: any write would throw in strict mode
        loss.backward(2);
        relu.backward(sigmoid.backward(dout));
        affine.backward(dout);
        expect([x, W, b, dout].map((m) => m.toArray())).toEqual(snapshot);
        expect(frozen).toEqual(labels);
      }),
      RUNS,
    );
  });
});

describe('shape mismatches throw a ShapeError naming both shapes', () => {
  const mismatched = fc
    .tuple(size, size, size, size)
    .filter(([r1, c1, r2, c2]) => r1 !== r2 || c1 !== c2);

  it('dot needs equal inner sizes', () => {
    fc.assert(
      fc.property(size, size, size, size, (n, k1, k2, m) => {
        fc.pre(k1 !== k2);
        const a = Matrix.zeros(n, k1);
        const b = Matrix.zeros(k2, m);
        expect(() => a.dot(b)).toThrow(
          new ShapeError(
            'dot',
            `(${n} × ${k1}) · (${k2} × ${m}) — inner sizes ${k1} and ${k2} differ`,
          ),
        );
      }),
      RUNS,
    );
  });

  it('entry-wise layers refuse a dout of another shape', () => {
    fc.assert(
      fc.property(mismatched, ([r1, c1, r2, c2]) => {
        for (const layer of [new Relu(), new Sigmoid()]) {
          layer.forward(Matrix.zeros(r1, c1));
          const call = () => layer.backward(Matrix.zeros(r2, c2));
          expect(call).toThrow(ShapeError);
          expect(call).toThrow(`(${r2} × ${c2}) and (${r1} × ${c1})`);
        }
      }),
      RUNS,
    );
  });

  it('Affine refuses x, b or dout that do not fit W', () => {
    fc.assert(
      fc.property(size, size, size, size, (n, d, m, other) => {
        fc.pre(other !== d && other !== m);
        const W = Matrix.zeros(d, m);
        expect(() => new Affine(W, Matrix.zeros(1, other))).toThrow(ShapeError);
        const layer = new Affine(W, Matrix.zeros(1, m));
        expect(() => layer.forward(Matrix.zeros(n, other))).toThrow(ShapeError);
        layer.forward(Matrix.zeros(n, d));
        expect(() => layer.backward(Matrix.zeros(n, other))).toThrow(ShapeError);
      }),
      RUNS,
    );
  });
});

describe('stability', () => {
  const big = fc.integer({ min: -1000, max: 1000 });

  it('softmax rows sum to 1 and the loss is finite for scores up to ±1000', () => {
    const case_ = fc
      .tuple(size, size)
      .chain(([n, k]) =>
        fc.tuple(
          matrix(n, k, big),
          fc.array(fc.integer({ min: 0, max: k - 1 }), { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(case_, ([x, labels]) => {
        const y = softmax(x);
        for (const row of y.toArray()) {
          expect(row.every((p) => p >= 0 && p <= 1)).toBe(true);
          expect(Math.abs(row.reduce((s, p) => s + p, 0) - 1)).toBeLessThan(1e-12);
        }
        const layer = new SoftmaxWithLoss();
        const loss = layer.forward(x, labels);
        expect(Number.isFinite(loss) && loss >= 0).toBe(true);
        expect(layer.backward().toArray().flat().every(Number.isFinite)).toBe(true);
      }),
      RUNS,
    );
  });

  it('sigmoid stays finite and within [0, 1] for inputs up to ±1000', () => {
    fc.assert(
      fc.property(matrixAndWeights(big), ([x, dout]) => {
        const layer = new Sigmoid();
        const y = layer.forward(x).toArray().flat();
        expect(y.every((v) => v >= 0 && v <= 1)).toBe(true);
        expect(layer.backward(dout).toArray().flat().every(Number.isFinite)).toBe(true);
      }),
      RUNS,
    );
  });
});
