/**
 * The pure part of editing a matrix input: the grid after a resize or a paste, as texts (what
 * the reader typed, never re-formatted), checked against the field's bounds. No DOM. What a
 * paste does is defined once here, for every matrix of the book (docs/cells.md, “Paste”).
 */
import { t } from '../messages/t';
import { canResize, gridShape, matrixBounds, type MatrixAction } from '../render/kit/shape';
import type { MatrixField } from '../render/kit/types';

export type { MatrixAction } from '../render/kit/shape';
type Grid = readonly (readonly string[])[];

/** The grid after `action` (new entries are "0"), or undefined when the bounds forbid it. */
export function resizedGrid(
  grid: Grid,
  f: MatrixField,
  action: MatrixAction,
): string[][] | undefined {
  const cols = grid[0]?.length ?? 0;
  if (!canResize(f, grid.length, cols, action)) return undefined;
  const copy = grid.map((row) => [...row]);
  if (action === 'add-row') return [...copy, Array<string>(cols).fill('0')];
  if (action === 'remove-row') return copy.slice(0, -1);
  if (action === 'add-col') return copy.map((row) => [...row, '0']);
  return copy.map((row) => row.slice(0, -1));
}

/** Why a resize button does nothing at this size: the shape now and the limit reached. */
export function sizeLimitMessage(f: MatrixField, grid: Grid, action: MatrixAction): string {
  const b = matrixBounds(f);
  const p = { label: t(f.label), shape: gridShape(grid) };
  if (action === 'add-row') return t('kit.limit.maxRows', { ...p, n: b.rows[1] });
  if (action === 'remove-row') return t('kit.limit.minRows', { ...p, n: b.rows[0] });
  if (action === 'add-col') return t('kit.limit.maxCols', { ...p, n: b.cols[1] });
  return t('kit.limit.minCols', { ...p, n: b.cols[0] });
}

export type PasteOutcome =
  /** One value: the browser pastes it into the entry, as if typed; the parser judges it. */
  | { readonly kind: 'text' }
  /** The matrix's new grid (its shape may have changed: coupled matrices then follow). */
  | { readonly kind: 'grid'; readonly grid: string[][] }
  /** Nothing changes; the message goes beside the field. */
  | { readonly kind: 'refused'; readonly message: string };

/** A decimal comma (`1,5`) is one value, which the parser refuses with its own message. */
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/** Pasted text as rows of entry texts: one row per line, entries between commas, tabs or spaces. */
function pastedRows(text: string): string[][] {
  const trimmed = text.trim();
  if (trimmed === '' || DECIMAL_COMMA.test(trimmed)) return [[trimmed]];
  return trimmed
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => line.split(/\s*[,\t]\s*|\s+/));
}

/**
 * What pasting `text` into entry `at` of `grid` does: one value → into the entry (the browser's
 * paste); one row → that row from the entry's column on, adding columns if it runs past the
 * last; a block of rows → the whole matrix, in the block's shape; a ragged block → refused.
 * Shapes past the field's bounds are refused with both shapes named.
 */
export function pasteOutcome(
  text: string,
  grid: Grid,
  at: readonly [row: number, col: number],
  f: MatrixField,
): PasteOutcome {
  const rows = pastedRows(text);
  const label = t(f.label);
  const b = matrixBounds(f);
  const first = rows[0]!;
  if (rows.length === 1 && first.length === 1) return { kind: 'text' };
  if (rows.length === 1) {
    const [r, c] = at;
    const cols = Math.max(grid[0]?.length ?? 0, c + first.length);
    if (cols > b.cols[1]) {
      const p = {
        label,
        shape: gridShape(grid),
        k: first.length,
        col: c + 1,
        cols,
        max: b.cols[1],
      };
      return { kind: 'refused', message: t('kit.paste.rowTooLong', p) };
    }
    const next = grid.map((row) => Array.from({ length: cols }, (_, j) => row[j] ?? '0'));
    next[r]?.splice(c, first.length, ...first);
    return { kind: 'grid', grid: next };
  }
  const ragged = rows.findIndex((row) => row.length !== first.length);
  if (ragged >= 0) {
    const p = { row: ragged + 1, n: rows[ragged]!.length, first: first.length };
    return { kind: 'refused', message: t('kit.paste.ragged', p) };
  }
  const [rn, cn] = [rows.length, first.length];
  if (rn < b.rows[0] || rn > b.rows[1] || cn < b.cols[0] || cn > b.cols[1]) {
    const [rmin, rmax] = b.rows;
    const [cmin, cmax] = b.cols;
    const p = { label, pasted: gridShape(rows), shape: gridShape(grid), rmin, rmax, cmin, cmax };
    return { kind: 'refused', message: t('kit.paste.shape', p) };
  }
  return { kind: 'grid', grid: rows };
}
