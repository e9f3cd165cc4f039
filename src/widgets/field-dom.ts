/**
 * Reading and writing a rendered cell's inputs, and showing their errors. The markup is the
 * one `fieldsHtml` renders; this module only looks it up by `data-field`.
 */
import type { CellTexts, FieldError } from '../render/kit/field-text';
import { matrixGridHtml } from '../render/kit/fields-html';
import { canResize, gridShape, type MatrixAction } from '../render/kit/shape';
import type { FieldSpec, MatrixField } from '../render/kit/types';

const fieldEl = (root: Element, name: string): HTMLElement | null =>
  root.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);

/** The grid of texts currently in a matrix field. */
export function readGrid(el: Element): string[][] {
  return [...el.querySelectorAll('.bp-matrix-row')].map((row) =>
    [...row.querySelectorAll<HTMLInputElement>('input')].map((i) => i.value),
  );
}

export function readTexts(root: Element, fields: readonly FieldSpec[]): CellTexts {
  const texts: CellTexts = {};
  for (const f of fields) {
    const el = fieldEl(root, f.name);
    if (!el) continue;
    if (f.kind === 'scalar') texts[f.name] = el.querySelector('input')?.value ?? '';
    else if (f.kind === 'matrix') texts[f.name] = readGrid(el);
    else texts[f.name] = el.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
  }
  return texts;
}

/** Redraws a matrix field's grid and shape; its resize buttons are off where a limit is reached. */
export function writeGrid(root: Element, cellId: string, f: MatrixField, grid: string[][]): void {
  const el = fieldEl(root, f.name);
  if (!el) return;
  el.querySelector('.bp-matrix-grid')!.innerHTML = matrixGridHtml(cellId, f, grid);
  el.querySelector('.bp-shape')!.textContent = gridShape(grid);
  for (const button of el.querySelectorAll<HTMLElement>('[data-matrix-action]')) {
    const action = button.dataset['matrixAction'] as MatrixAction;
    const off = !canResize(f, grid.length, grid[0]?.length ?? 0, action);
    button.setAttribute('aria-disabled', String(off));
  }
  const note = el.querySelector<HTMLElement>('.bp-matrix-note');
  if (note) note.hidden = true;
}

export function writeTexts(
  root: Element,
  cellId: string,
  fields: readonly FieldSpec[],
  texts: CellTexts,
): void {
  for (const f of fields) {
    const t = texts[f.name];
    const el = fieldEl(root, f.name);
    if (t === undefined || !el) continue;
    if (f.kind === 'scalar' && typeof t === 'string') el.querySelector('input')!.value = t;
    else if (f.kind === 'matrix' && Array.isArray(t)) writeGrid(root, cellId, f, t);
    else if (f.kind === 'choice' && typeof t === 'string') {
      for (const radio of el.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
        radio.checked = radio.value === t;
      }
    }
  }
}

/** Puts each message beside its field and marks the offending input `aria-invalid`. */
export function showErrors(
  root: Element,
  fields: readonly FieldSpec[],
  errors: ReadonlyMap<string, FieldError>,
): void {
  for (const f of fields) {
    const el = fieldEl(root, f.name);
    if (!el) continue;
    const error = errors.get(f.name);
    const slot = el.querySelector('.bp-field-error');
    if (slot && slot.textContent !== (error?.message ?? '')) {
      slot.textContent = error?.message ?? '';
    }
    el.classList.toggle('bp-invalid', error !== undefined);
    for (const input of el.querySelectorAll<HTMLInputElement>('input:not([type="radio"])')) {
      const [r, c] = error?.entry ?? [-1, -1];
      const bad =
        error !== undefined &&
        (error.entry === undefined ||
          (input.dataset['row'] === `${r}` && input.dataset['col'] === `${c}`));
      if (bad) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }
}
