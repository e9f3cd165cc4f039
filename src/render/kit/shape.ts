/** Matrix shapes and size limits as the kit shows and enforces them. */
import { shapeText } from '../../core/shape-error';
import type { MatrixField } from './types';

/** A grid's shape in the book's one format, "2 × 3" (rows × columns of the first row). */
export const gridShape = (grid: readonly (readonly unknown[])[]): string =>
  shapeText(grid.length, grid[0]?.length ?? 0);

/** Row and column counts a matrix input allows when its field sets no bounds. */
export const MATRIX_BOUNDS: readonly [min: number, max: number] = [1, 8];

/** The four resize buttons of a matrix input. */
export type MatrixAction = 'add-row' | 'remove-row' | 'add-col' | 'remove-col';

type Bounds = readonly [min: number, max: number];

/** The field's row and column bounds, defaults filled in. */
export const matrixBounds = (f: MatrixField): { rows: Bounds; cols: Bounds } => ({
  rows: f.rows ?? MATRIX_BOUNDS,
  cols: f.cols ?? MATRIX_BOUNDS,
});

/** Whether the bounds allow `action` on a rows × cols grid (the button is off when not). */
export function canResize(
  f: MatrixField,
  rows: number,
  cols: number,
  action: MatrixAction,
): boolean {
  const b = matrixBounds(f);
  if (action === 'add-row') return rows < b.rows[1];
  if (action === 'remove-row') return rows > b.rows[0];
  if (action === 'add-col') return cols < b.cols[1];
  return cols > b.cols[0];
}
