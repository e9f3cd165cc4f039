import { Matrix } from './matrix';

/**
 * The textbook formula exp(xₖ) / Σ exp(xⱼ) taken literally, row by row. FOR TEACHING ONLY:
 * exp overflows to Infinity past about 709.78, so scores such as [1000, 1000] give
 * Infinity / Infinity = NaN. Chapter 6 shows it beside the stable {@link softmax}.
 */
export function naiveSoftmax(x: Matrix): Matrix {
  return Matrix.from(
    x.toArray().map((row) => {
      const e = row.map((v) => Math.exp(v));
      const sum = e.reduce((s, v) => s + v, 0);
      return e.map((v) => v / sum);
    }),
  );
}
