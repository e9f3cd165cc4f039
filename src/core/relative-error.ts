import { Matrix } from './matrix';

/** A number, a matrix, or a list of matrices (e.g. all of a network's gradients). */
export type Compared = number | Matrix | readonly Matrix[];

const entries = (v: Compared): number[] =>
  typeof v === 'number'
    ? [v]
    : v instanceof Matrix
      ? v.toArray().flat()
      : v.flatMap((m) => m.toArray().flat());

// For one entry the norm is |v| exactly (no squaring, so tiny values do not underflow to 0).
const norm = (v: readonly number[]): number =>
  v.length === 1 ? Math.abs(v[0]!) : Math.sqrt(v.reduce((s, x) => s + x * x, 0));

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
