/** Matrix shapes and size limits as the kit shows and enforces them. */
import { shapeText } from '../../core/shape-error';

/** A grid's shape in the book's one format, "2 × 3" (rows × columns of the first row). */
export const gridShape = (grid: readonly (readonly unknown[])[]): string =>
  shapeText(grid.length, grid[0]?.length ?? 0);

/** Row and column counts a matrix input allows when its field sets no bounds. */
export const MATRIX_BOUNDS: readonly [min: number, max: number] = [1, 8];
