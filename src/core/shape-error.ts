/** A shape as the book writes it: `2 × 3` for 2 rows and 3 columns (the one shape format). */
export function shapeText(rows: number, cols: number): string {
  return `${rows} × ${cols}`;
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

interface Shaped {
  readonly rows: number;
  readonly cols: number;
  readonly shape: string;
}

/** Entry-wise operations need equal shapes. */
export function requireSameShape(op: string, a: Shaped, b: Shaped): void {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw new ShapeError(op, `${a.shape} and ${b.shape} — shapes differ`);
  }
}

/** a · b needs a's column count to equal b's row count. */
export function requireInnerSizes(a: Shaped, b: Shaped): void {
  if (a.cols !== b.rows) {
    throw new ShapeError(
      'dot',
      `${a.shape} · ${b.shape} — inner sizes ${a.cols} and ${b.rows} differ`,
    );
  }
}

/** Broadcasting a row over m needs a 1 × m.cols row. */
export function requireRowFor(m: Shaped, row: Shaped): void {
  if (row.rows !== 1 || row.cols !== m.cols) {
    throw new ShapeError(
      'addRow',
      `${m.shape} + ${row.shape} — the row must be (${shapeText(1, m.cols)})`,
    );
  }
}

/** Nested rows must be non-empty and equally long; returns the column count. */
export function requireRectangular(rows: readonly (readonly number[])[]): number {
  const cols = rows[0]?.length ?? 0;
  if (rows.length === 0 || cols === 0) {
    throw new ShapeError('Matrix.from', 'a matrix needs at least one row and one column');
  }
  rows.forEach((row, i) => {
    if (row.length !== cols) {
      const values = row.length === 1 ? '1 value' : `${row.length} values`;
      throw new ShapeError('Matrix.from', `row ${i} has ${values}, row 0 has ${cols}`);
    }
  });
  return cols;
}
