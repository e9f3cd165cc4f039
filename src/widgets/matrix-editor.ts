/** Resizing a matrix field on screen within its bounds; the element then recomputes. */
import type { MatrixField } from '../render/kit/types';
import { readGrid, writeGrid } from './field-dom';
import { resizedGrid, type MatrixAction } from './grid-edits';

/** Applies a resize; returns false when the bounds forbid it. */
export function resizeMatrix(
  root: Element,
  cellId: string,
  f: MatrixField,
  action: MatrixAction,
): boolean {
  const el = root.querySelector(`[data-field="${CSS.escape(f.name)}"]`);
  if (!el) return false;
  const next = resizedGrid(readGrid(el), f, action);
  if (!next) return false;
  writeGrid(root, cellId, f, next);
  return true;
}
