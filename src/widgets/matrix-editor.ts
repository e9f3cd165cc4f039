/**
 * Resizing a matrix field within its bounds and pasting rows of numbers into it.
 * Both rewrite the grid, then the element recomputes.
 */
import type { FieldError } from '../render/kit/field-text';
import type { MatrixField } from '../render/kit/types';
import { readGrid, writeGrid } from './field-dom';
import { t } from '../messages/t';

export type MatrixAction = 'add-row' | 'remove-row' | 'add-col' | 'remove-col';

/** Applies a resize; returns false when the bounds forbid it. */
export function resizeMatrix(
  root: Element,
  cellId: string,
  f: MatrixField,
  action: MatrixAction,
): boolean {
  const el = root.querySelector(`[data-field="${CSS.escape(f.name)}"]`);
  if (!el) return false;
  const grid = readGrid(el);
  const [rmin, rmax] = f.rows ?? [1, 8];
  const [cmin, cmax] = f.cols ?? [1, 8];
  const cols = grid[0]?.length ?? 0;
  let next: string[][];
  if (action === 'add-row' && grid.length < rmax) next = [...grid, Array<string>(cols).fill('0')];
  else if (action === 'remove-row' && grid.length > rmin) next = grid.slice(0, -1);
  else if (action === 'add-col' && cols < cmax) next = grid.map((row) => [...row, '0']);
  else if (action === 'remove-col' && cols > cmin) next = grid.map((row) => row.slice(0, -1));
  else return false;
  writeGrid(root, cellId, f, next);
  return true;
}

/**
 * Reads pasted text as rows of numbers (one row per line, spaces or commas between entries).
 * Returns the grid of texts, `undefined` for a single value (let the browser paste it), or an
 * error when the rows are ragged or the shape is out of bounds.
 */
export function pastedGrid(text: string, f: MatrixField): string[][] | FieldError | undefined {
  const rows = text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => line.split(/\s*[,\t ]\s*/));
  if (rows.length <= 1 && (rows[0]?.length ?? 0) <= 1) return undefined;
  const cols = rows[0]!.length;
  if (rows.some((r) => r.length !== cols)) {
    return { message: t('kit.paste.ragged') };
  }
  const [rmin, rmax] = f.rows ?? [1, 8];
  const [cmin, cmax] = f.cols ?? [1, 8];
  if (rows.length < rmin || rows.length > rmax || cols < cmin || cols > cmax) {
    return { message: t('kit.paste.shape', { rows: rows.length, cols, rmin, rmax, cmin, cmax }) };
  }
  return rows;
}
