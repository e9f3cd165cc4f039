/**
 * What the reader has typed, field by field, before parsing: a scalar's text, a matrix's
 * grid of texts, a choice's value. Parsing turns it into `CellValues` or per-field errors.
 */
import { t } from '../../messages/t';
import { numberMessage } from './number-message';
import { parseNumber } from './parse-number';
import type { CellValues, FieldSpec } from './types';

export type FieldText = string | string[][];
export type CellTexts = Record<string, FieldText>;

/** A message for one field; `entry` points at the matrix entry it concerns. */
export interface FieldError {
  readonly message: string;
  readonly entry?: readonly [row: number, col: number];
}

export type ParsedTexts =
  | { readonly ok: true; readonly values: CellValues }
  | { readonly ok: false; readonly errors: ReadonlyMap<string, FieldError> };

/** The texts of the fields' initial values (what Reset restores). */
export function initialTexts(fields: readonly FieldSpec[]): CellTexts {
  const texts: CellTexts = {};
  for (const f of fields) {
    texts[f.name] =
      f.kind === 'scalar'
        ? String(f.initial)
        : f.kind === 'matrix'
          ? f.initial.map((row) => row.map(String))
          : f.initial;
  }
  return texts;
}

/**
 * Parses every field shown (a field whose `shownWhen` choice has another value is skipped);
 * never throws. Missing texts fall back to nothing (an error).
 */
export function parseTexts(fields: readonly FieldSpec[], texts: CellTexts): ParsedTexts {
  const values: CellValues = {};
  const errors = new Map<string, FieldError>();
  for (const f of fields) {
    if (f.shownWhen && texts[f.shownWhen.field] !== f.shownWhen.value) continue;
    const text = texts[f.name];
    if (f.kind === 'scalar') {
      const parsed = parseNumber(typeof text === 'string' ? text : '');
      if (parsed.ok) values[f.name] = parsed.value;
      else errors.set(f.name, { message: numberMessage(parsed) });
    } else if (f.kind === 'matrix') {
      const grid = Array.isArray(text) ? text : [];
      const result = parseGrid(grid);
      if ('message' in result) errors.set(f.name, result);
      else values[f.name] = result;
    } else {
      const ok = typeof text === 'string' && f.options.some((o) => o.value === text);
      if (ok) values[f.name] = text;
      else errors.set(f.name, { message: t('kit.chooseOption') });
    }
  }
  return errors.size ? { ok: false, errors } : { ok: true, values };
}

function parseGrid(grid: readonly (readonly string[])[]): number[][] | FieldError {
  const out: number[][] = [];
  for (let r = 0; r < grid.length; r++) {
    const row: number[] = [];
    for (let c = 0; c < grid[r]!.length; c++) {
      const parsed = parseNumber(grid[r]![c]!);
      if (!parsed.ok) {
        const message = t('kit.entryError', {
          row: r + 1,
          col: c + 1,
          message: numberMessage(parsed),
        });
        return { message, entry: [r, c] };
      }
      row.push(parsed.value);
    }
    out.push(row);
  }
  return out;
}
