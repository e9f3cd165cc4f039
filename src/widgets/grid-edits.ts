/**
 * The pure part of editing a matrix input: the grid after a resize or a paste, as texts (what
 * the reader typed, never re-formatted), checked against the field's bounds. No DOM.
 */
import { t } from '../messages/t';
import type { FieldError } from '../render/kit/field-text';
import { MATRIX_BOUNDS } from '../render/kit/shape';
import type { MatrixField } from '../render/kit/types';

export type MatrixAction = 'add-row' | 'remove-row' | 'add-col' | 'remove-col';

/** The grid after `action` (new entries are "0"), or undefined when the bounds forbid it. */
export function resizedGrid(
  grid: readonly (readonly string[])[],
  f: MatrixField,
  action: MatrixAction,
): string[][] | undefined {
  const [rmin, rmax] = f.rows ?? MATRIX_BOUNDS;
  const [cmin, cmax] = f.cols ?? MATRIX_BOUNDS;
  const cols = grid[0]?.length ?? 0;
  const copy = grid.map((row) => [...row]);
  if (action === 'add-row' && grid.length < rmax) return [...copy, Array<string>(cols).fill('0')];
  if (action === 'remove-row' && grid.length > rmin) return copy.slice(0, -1);
  if (action === 'add-col' && cols < cmax) return copy.map((row) => [...row, '0']);
  if (action === 'remove-col' && cols > cmin) return copy.map((row) => row.slice(0, -1));
  return undefined;
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
  const [rmin, rmax] = f.rows ?? MATRIX_BOUNDS;
  const [cmin, cmax] = f.cols ?? MATRIX_BOUNDS;
  if (rows.length < rmin || rows.length > rmax || cols < cmin || cols > cmax) {
    return { message: t('kit.paste.shape', { rows: rows.length, cols, rmin, rmax, cmin, cmax }) };
  }
  return rows;
}
