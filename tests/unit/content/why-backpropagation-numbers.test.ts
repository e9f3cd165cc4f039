// The numbers chapter 1 states in prose, recomputed with the book's own code.
import { describe, expect, it } from 'vitest';
import { numericalDerivative } from '../../../src/core/numerical-gradient';

describe('chapter 1: the worked central difference', () => {
  const x = 2;
  const y = 1;
  const loss = (w: number): number => (w * x - y) ** 2;

  it('L(1) = 1 and the two nudged losses are 1.00040004 and 0.99960004', () => {
    expect(loss(1)).toBe(1);
    expect(loss(1.0001)).toBeCloseTo(1.00040004, 12);
    expect(loss(0.9999)).toBeCloseTo(0.99960004, 12);
  });

  it('the central difference with h = 1e-4 gives 4, matching 2(wx − y)x', () => {
    const analytic = 2 * (1 * x - y) * x;
    expect(analytic).toBe(4);
    expect(numericalDerivative(loss, 1, 1e-4)).toBeCloseTo(4, 9);
  });

  it('the check-yourself arithmetic: 2 × 50,000 passes × 2 ms = 200 s', () => {
    expect(2 * 50_000 * 2e-3).toBeCloseTo(200, 9);
  });

  it('a million parameters at 1 ms a pass is over half an hour per gradient', () => {
    const seconds = 2 * 1e6 * 1e-3;
    expect(seconds / 60).toBeGreaterThan(30);
  });
});
