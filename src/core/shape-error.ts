/** A shape as the book writes it: `(2 × 3)` for 2 rows and 3 columns. */
export function shapeText(rows: number, cols: number): string {
  return `(${rows} × ${cols})`;
}

/**
 * Two matrices whose shapes don't fit the operation. The message names the operation and
 * both shapes, e.g. `dot: (2 × 3) · (2 × 2) — inner sizes 3 and 2 differ`, so a reader who
 * typed a wrong-sized grid sees exactly which sizes disagree.
 */
export class ShapeError extends Error {
  override readonly name = 'ShapeError';
  constructor(
    /** The operation that refused, e.g. `dot` or `Affine.forward`. */
    readonly op: string,
    message: string,
  ) {
    super(`${op}: ${message}`);
  }
}
