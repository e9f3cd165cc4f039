/**
 * The marks of a cell whose inputs don't compute: errors beside their inputs, a general error,
 * the stale note and class. The last good result stays on screen underneath.
 */
import type { FieldError } from '../render/kit/field-text';
import type { FieldSpec } from '../render/kit/types';
import { t } from '../messages/t';
import { showErrors } from './field-dom';

/** Marks the cell stale with these errors; returns the sentence to announce. */
export function markStale(
  root: HTMLElement,
  fields: readonly FieldSpec[],
  errors: ReadonlyMap<string, FieldError>,
  general?: string,
): string {
  showErrors(root, fields, errors);
  const message = staleProblem(fields, errors, general);
  root.classList.add('bp-stale');
  root.querySelector<HTMLElement>('.bp-stale-note')?.removeAttribute('hidden');
  setGeneral(root, general);
  return t('kit.staleAnnounce', { message });
}

/** What is wrong, in one sentence: the general error, or the first field's ("Tax: …"). */
export function staleProblem(
  fields: readonly FieldSpec[],
  errors: ReadonlyMap<string, FieldError>,
  general?: string,
): string {
  if (general !== undefined) return general;
  const first = [...errors.entries()][0];
  if (!first) return '';
  const key = fields.find((f) => f.name === first[0])?.label;
  const label = key ? t(key) : first[0];
  const { message } = first[1];
  // Some messages already begin with the input's name ("x 1e308 makes a result overflow…"):
  // "x: x 1e308…" would stutter.
  return message.startsWith(`${label} `) ? message : t('kit.fieldError', { label, message });
}

/** Removes every mark `markStale` set. */
export function clearStale(root: HTMLElement, fields: readonly FieldSpec[]): void {
  showErrors(root, fields, new Map());
  root.classList.remove('bp-stale');
  root.querySelector<HTMLElement>('.bp-stale-note')?.setAttribute('hidden', '');
  setGeneral(root, undefined);
}

function setGeneral(root: HTMLElement, message: string | undefined): void {
  const err = root.querySelector<HTMLElement>('.bp-cell-error');
  if (!err) return;
  err.hidden = message === undefined;
  err.textContent = message ?? '';
}
