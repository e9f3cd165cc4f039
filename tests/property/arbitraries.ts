import fc from 'fast-check';
import { Matrix } from '../../src/core/index';

/** Values in [−5, 5] on a 0.001 grid: plenty of variety, never a subnormal or a huge value. */
export const value = fc.integer({ min: -5000, max: 5000 }).map((k) => k / 1000);

/** Away from ReLU's kink: nonzero grid values are at least 0.001 from 0, far beyond h = 1e-5. */
export const offKink = value.filter((v) => v !== 0);

export const size = fc.integer({ min: 1, max: 6 });

export function matrix(rows: number, cols: number, entry = value): fc.Arbitrary<Matrix> {
  return fc
    .array(fc.array(entry, { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    })
    .map((r) => Matrix.from(r));
}

/** A random matrix up to 6 × 6 together with random loss weights c of the same shape. */
export function matrixAndWeights(entry = value): fc.Arbitrary<[Matrix, Matrix]> {
  return fc.tuple(size, size).chain(([r, c]) => fc.tuple(matrix(r, c, entry), matrix(r, c)));
}

/**
 * The scalar loss L = Σ c ⊙ (y − y₀) for a layer output y, with y₀ the output at the point
 * being checked. Its gradient with respect to y is c, the `dout` we hand to backward.
 * Subtracting the constant y₀ changes no gradient but keeps L near 0, so the rounding of a
 * large sum doesn't swamp the tiny differences f(x + h) − f(x − h).
 */
export function weightedLoss(y: Matrix, y0: Matrix, c: Matrix): number {
  return y.sub(y0).mul(c).sum();
}

export const TOLERANCE = 1e-7;
export const RUNS = { numRuns: 200 };

/**
 * The central difference's own rounding noise, as an absolute bound: L's terms are up to ~10²
 * here, so each evaluation carries ~10²·ε ≈ 10⁻¹⁴ of rounding, and dividing by 2h = 2·10⁻⁵
 * makes that ~10⁻⁹ per term, summed over up to 36 terms. A gradient entry that is itself tiny
 * (a column of dout that nearly cancels in db) can't be checked to 1e-7 *relatively*; it is
 * checked to this absolute bound instead. A real bug (a missing transpose, a lost 1/N) is off by
 * far more than this.
 */
export const NOISE = 1e-6;

/** Relative error below TOLERANCE, or every entry within NOISE of the estimate. */
export function agreesUpToNoise(
  analytic: Matrix,
  numerical: Matrix,
  relativeError: number,
): boolean {
  const worst = Math.max(0, ...analytic.sub(numerical).toArray().flat().map(Math.abs));
  return relativeError < TOLERANCE || worst < NOISE;
}
