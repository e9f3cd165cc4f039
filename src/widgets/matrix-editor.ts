/**
 * Resizing and pasting into a matrix field on screen, within its bounds. A change of shape is
 * announced to the cell as a `RESHAPED` event (detail: the field's name) before it recomputes,
 * so matrices that share a size follow (fit-grids-button.ts), for a button and a paste alike.
 */
import type { MatrixField } from '../render/kit/types';
import type { CellHost } from './cell-host';
import { readGrid, writeGrid } from './field-dom';
import { pasteOutcome, resizedGrid, sizeLimitMessage, type MatrixAction } from './grid-edits';

/** The event a cell gets when one of its matrices changed shape. */
export const RESHAPED = 'bp-reshaped';

const fieldEl = (cell: Element, f: MatrixField): HTMLElement | null =>
  cell.querySelector<HTMLElement>(`[data-field="${CSS.escape(f.name)}"]`);

function changed(cell: CellHost, f: MatrixField, grid: string[][]): void {
  writeGrid(cell, cell.id, f, grid);
  cell.dispatchEvent(new CustomEvent(RESHAPED, { detail: f.name }));
  cell.recompute(true);
}

/** A resize button: the new grid, or at a limit the reason, visible beside the buttons. */
export function resizeMatrix(cell: CellHost, f: MatrixField, action: MatrixAction): void {
  const el = fieldEl(cell, f);
  if (!el) return;
  const grid = readGrid(el);
  const next = resizedGrid(grid, f, action);
  if (next) return changed(cell, f, next);
  const message = sizeLimitMessage(f, grid, action);
  const note = el.querySelector<HTMLElement>('.bp-matrix-note');
  if (note) {
    note.textContent = message;
    note.hidden = false;
  }
  cell.say(message, 0);
}

/** A paste into `entry`; returns false when the browser should paste it as typed text. */
export function pasteIntoMatrix(
  cell: CellHost,
  f: MatrixField,
  entry: HTMLInputElement,
  text: string,
): boolean {
  const el = fieldEl(cell, f);
  if (!el) return false;
  const at = [Number(entry.dataset['row']), Number(entry.dataset['col'])] as const;
  const outcome = pasteOutcome(text, readGrid(el), at, f);
  if (outcome.kind === 'text') return false;
  if (outcome.kind === 'refused') {
    cell.reportErrors(new Map([[f.name, { message: outcome.message }]]));
    return true;
  }
  changed(cell, f, outcome.grid);
  // The grid was redrawn: keep the keyboard where the reader pasted.
  const [r, c] = at;
  el.querySelector<HTMLInputElement>(`input[data-row="${r}"][data-col="${c}"]`)?.focus();
  return true;
}
