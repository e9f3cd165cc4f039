import { Matrix } from './matrix';

/** A number, a matrix, or a list of matrices (e.g. all of a network's gradients). */
export type Compared = number | Matrix | readonly Matrix[];

const entries = (v: Compared): number[] =>
  typeof v === 'number'
    ? [v]
    : v instanceof Matrix
      ? v.toArray().flat()
      : v.flatMap((m) => m.toArray().flat());

// Scaled by the largest entry so squares neither overflow (1e200² is ∞) nor underflow; for one
// entry that is |v| exactly. A NaN or ∞ entry gives NaN or ∞, as it should.
const norm = (v: readonly number[]): number => {
  const m = v.reduce((s, x) => Math.max(s, Math.abs(x)), 0);
  if (m === 0 || !Number.isFinite(m)) return m;
  return m * Math.sqrt(v.reduce((s, x) => s + (x / m) * (x / m), 0));
};

/**
 * ‖a − b‖ / (‖a‖ + ‖b‖) with Euclidean norms over all entries: 0 for equal values (and for two
 * zeros), 1 at worst, as for opposite ones or one zero and one not. 1e-10 means the two agree to
 * about ten digits. Unbothered by single entries that are both near zero.
 */
export function relativeError(a: Compared, b: Compared): number {
  const x = entries(a);
  const y = entries(b);
  const scale = norm(x) + norm(y);
  return scale === 0 ? 0 : norm(x.map((v, i) => v - (y[i] ?? Number.NaN))) / scale;
}
