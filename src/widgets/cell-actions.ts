/** Clicks on a cell's buttons, ↑/↓ nudges and pastes into matrix entries, delegated from the element. */
import type { CellHost } from './cell-host';
import type { MatrixAction } from './grid-edits';
import { pasteIntoMatrix, resizeMatrix } from './matrix-editor';
import { nudgeText } from '../render/kit/nudge';
import { t } from '../messages/t';

export function onCellClick(cell: CellHost, e: MouseEvent): void {
  const button = (e.target as Element | null)?.closest?.('button');
  if (!button || !cell.contains(button)) return;
  const action = button.dataset['action'];
  if (action === 'reset') cell.reset();
  else if (action === 'link') void cell.link();
  else if (action === 'step') cell.stepper?.step();
  else if (action === 'full') cell.stepper?.full();
  else if (action === 'table') toggleTable(cell, button);
  else if (action === 'exact') toggleExact(cell, button);
  const matrixAction = button.dataset['matrixAction'] as MatrixAction | undefined;
  if (matrixAction) {
    const name = button.closest<HTMLElement>('[data-field]')?.dataset['field'];
    const field = cell.spec.fields.find((f) => f.name === name);
    if (field?.kind === 'matrix') resizeMatrix(cell, field, matrixAction);
  }
}

function toggleTable(cell: CellHost, button: HTMLElement): void {
  const wrap = cell.querySelector<HTMLElement>('.bp-graph-table-wrap');
  if (!wrap) return;
  const show = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(show));
  wrap.classList.toggle('bp-visually-hidden', !show);
}

/** One control per cell for exact digits: every result number switches (styles/cell.css). */
function toggleExact(cell: CellHost, button: HTMLElement): void {
  const show = button.getAttribute('aria-pressed') !== 'true';
  button.setAttribute('aria-pressed', String(show));
  cell.classList.toggle('bp-show-exact', show);
  cell.say(t(show ? 'kit.exactShown' : 'kit.exactHidden'), 0);
}

export function onCellPaste(cell: CellHost, e: ClipboardEvent): void {
  const input = e.target;
  if (!(input instanceof HTMLInputElement) || !input.classList.contains('bp-matrix-entry')) return;
  const name = input.closest<HTMLElement>('[data-field]')?.dataset['field'];
  const field = cell.spec.fields.find((f) => f.name === name);
  if (field?.kind !== 'matrix') return;
  const text = e.clipboardData?.getData('text') ?? '';
  if (pasteIntoMatrix(cell, field, input, text)) e.preventDefault();
}

/** ↑/↓ nudge a valid number by its step (Shift: ten steps), exactly; invalid text is left alone. */
export function onCellKeydown(cell: CellHost, e: KeyboardEvent): void {
  if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
  const input = e.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'text') return;
  const step = input.dataset['step'] ?? '1';
  const next = nudgeText(input.value, step, e.key === 'ArrowUp' ? 1 : -1, e.shiftKey);
  if (next === undefined) return;
  e.preventDefault();
  input.value = next;
  cell.recompute(true);
}
