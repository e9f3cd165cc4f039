import { describe, expect, it } from 'vitest';
import {
  Matrix,
  gradientCheck,
  numericalDerivative,
  numericalGradient,
  relativeError,
} from '../../../src/core/index';

describe('numerical gradients', () => {
  it('central differences are exact up to rounding for a quadratic', () => {
    expect(numericalDerivative((x) => x * x, 3)).toBeCloseTo(6, 8);
    expect(numericalDerivative(Math.sin, 0, 1e-4)).toBeCloseTo(1, 8);
  });

  it('finds ∂/∂x of Σ x² as 2x, without changing x', () => {
    const x = Matrix.from([
      [1, -2],
      [0.5, 3],
    ]);
    const before = x.toArray();
    const seen: Matrix[] = [];
    const g = numericalGradient((m) => {
      seen.push(m);
      return m.mul(m).sum();
    }, x);
    expect(x.toArray()).toEqual(before);
    expect(relativeError(g, x.scale(2))).toBeLessThan(1e-9);
    // f may keep what it was given: every argument was a distinct copy.
    expect(new Set(seen).size).toBe(8);
    expect(seen.every((m) => m !== x)).toBe(true);
  });
});

describe('gradientCheck', () => {
  const W = Matrix.from([
    [1, 2],
    [3, 4],
  ]);
  const v = Matrix.row([0.5, -1]);
  // L = Σ (v·W)²; ∂L/∂W = vᵀ · 2(v·W), ∂L/∂v = 2(v·W) · Wᵀ
  const lossAt = (p: Readonly<Record<string, Matrix>>) => {
    const y = p['v']!.dot(p['W']!);
    return y.mul(y).sum();
  };
  const y2 = v.dot(W).scale(2);

  it('reports a tiny relative error for correct gradients', () => {
    const report = gradientCheck(
      lossAt,
      { W, v },
      { W: v.transpose().dot(y2), v: y2.dot(W.transpose()) },
    );
    expect(report.parameters.map((p) => p.name)).toEqual(['W', 'v']);
    expect(report.maxRelativeError).toBeLessThan(1e-9);
  });

  it('catches a wrong gradient', () => {
    const report = gradientCheck(lossAt, { W, v }, { W: v.transpose().dot(y2), v: y2 });
    expect(report.parameters[0]!.relativeError).toBeLessThan(1e-9);
    expect(report.parameters[1]!.relativeError).toBeGreaterThan(0.1);
    expect(report.maxRelativeError).toBe(report.parameters[1]!.relativeError);
  });

  it('relativeError is 0 for two zero matrices and 1 for opposite ones', () => {
    expect(relativeError(Matrix.zeros(2, 2), Matrix.zeros(2, 2))).toBe(0);
    expect(relativeError(W, W.scale(-1))).toBe(1);
  });
});
