import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AddLayer,
  Affine,
  Matrix,
  MulLayer,
  Relu,
  Sigmoid,
  SoftmaxWithLoss,
  gradientCheck,
  numericalDerivative,
  numericalGradient,
  relativeError,
} from '../../src/core/index';
import {
  agreesUpToNoise,
  RUNS,
  TOLERANCE,
  matrix,
  matrixAndWeights,
  offKink,
  size,
  value,
  weightedLoss,
} from './arbitraries';

const scalarError = (a: number, n: number) =>
  a === n ? 0 : Math.abs(a - n) / (Math.abs(a) + Math.abs(n));

describe('backward agrees with central differences', () => {
  it('MulLayer and AddLayer', () => {
    fc.assert(
      fc.property(value, value, value, (x, y, dout) => {
        for (const Layer of [MulLayer, AddLayer]) {
          const f = (a: number, b: number) => new Layer().forward(a, b) * dout;
          const layer = new Layer();
          layer.forward(x, y);
          const [dx, dy] = layer.backward(dout);
          expect(
            scalarError(
              dx,
              numericalDerivative((a) => f(a, y), x),
            ),
          ).toBeLessThan(TOLERANCE);
          expect(
            scalarError(
              dy,
              numericalDerivative((b) => f(x, b), y),
            ),
          ).toBeLessThan(TOLERANCE);
        }
      }),
      RUNS,
    );
  });

  // Element-wise layers: L = Σ c ⊙ (layer(x) − layer(x₀)), so ∂L/∂y = c.
  it.each([
    ['Relu', () => new Relu(), offKink],
    ['Sigmoid', () => new Sigmoid(), value],
  ] as const)('%s (random shapes up to 6 × 6)', (_name, make, entry) => {
    fc.assert(
      fc.property(matrixAndWeights(entry), ([x, c]) => {
        const layer = make();
        const y0 = layer.forward(x);
        const dx = layer.backward(c);
        const numerical = numericalGradient((p) => weightedLoss(make().forward(p), y0, c), x);
        expect(relativeError(dx, numerical)).toBeLessThan(TOLERANCE);
      }),
      RUNS,
    );
  });

  it('Affine: dx, dW and db', () => {
    const shapes = fc.tuple(size, size, size); // N, D, M
    const case_ = shapes.chain(([n, d, m]) =>
      fc.tuple(matrix(n, d), matrix(d, m), matrix(1, m), matrix(n, m)),
    );
    fc.assert(
      fc.property(case_, ([x, W, b, c]) => {
        const layer = new Affine(W, b);
        const y0 = layer.forward(x);
        const dx = layer.backward(c);
        const report = gradientCheck(
          (p) => weightedLoss(new Affine(p['W']!, p['b']!).forward(p['x']!), y0, c),
          { x, W, b },
          { x: dx, W: layer.dW!, b: layer.db! },
        );
        for (const p of report.parameters) {
          expect(agreesUpToNoise(p.analytic, p.numerical, p.relativeError), p.name).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('SoftmaxWithLoss, with labels and with dout', () => {
    const case_ = fc
      .tuple(size, size)
      .chain(([n, k]) =>
        fc.tuple(
          matrix(n, k),
          fc.array(fc.integer({ min: 0, max: k - 1 }), { minLength: n, maxLength: n }),
          value,
        ),
      );
    fc.assert(
      fc.property(case_, ([x, labels, dout]) => {
        const layer = new SoftmaxWithLoss();
        const loss0 = layer.forward(x, labels);
        const dx = layer.backward(dout);
        const f = (p: Matrix) => (new SoftmaxWithLoss().forward(p, labels) - loss0) * dout;
        expect(relativeError(dx, numericalGradient(f, x))).toBeLessThan(TOLERANCE);
      }),
      RUNS,
    );
  });
});
