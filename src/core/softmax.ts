import { toLabels } from './labels';
import { Matrix } from './matrix';

/**
 * log(Σ exp(v)) of one row, computed stably: with m = max(v),
 * log Σ exp(v) = m + log Σ exp(v − m), and every exp(v − m) lies in (0, 1].
 */
export function logSumExp(row: readonly number[]): number {
  const m = Math.max(...row);
  if (!Number.isFinite(m)) return m; // all −∞ gives −∞; any +∞ or NaN passes through
  let sum = 0;
  for (const v of row) sum += Math.exp(v - m);
  return m + Math.log(sum);
}

/**
 * Row-wise softmax: yₖ = exp(xₖ) / Σⱼ exp(xⱼ) for each row. Shifting each row by its
 * maximum first changes nothing mathematically and keeps every exp in (0, 1], so scores
 * like 1000 give probabilities instead of NaN.
 */
export function softmax(x: Matrix): Matrix {
  return Matrix.from(
    x.toArray().map((row) => {
      const m = Math.max(...row);
      const e = row.map((v) => Math.exp(v - m));
      const sum = e.reduce((s, v) => s + v, 0);
      return e.map((v) => v / sum);
    }),
  );
}

/**
 * Mean cross-entropy of softmax(x) against targets t (either form, see `toLabels`), straight
 * from the scores: with m the row's maximum, −log yₗ = (m − xₗ) + log Σ exp(x − m). No
 * probability is rounded to 0 first, so there is no log(0) to guard against (and no `1e-7`
 * fudge): finite scores give a finite loss. Keeping m − xₗ apart from the log also keeps
 * small losses exact: scores [1000, 1000] give exactly log 2, not 1000.6931… − 1000.
 */
export function crossEntropy(x: Matrix, t: Matrix | readonly number[]): number {
  const labels = toLabels(t, x);
  let total = 0;
  x.toArray().forEach((row, n) => {
    const m = Math.max(...row);
    const label = labels[n] as number;
    total += m - x.get(n, label) + Math.log(row.reduce((s, v) => s + Math.exp(v - m), 0));
  });
  return total / x.rows;
}
