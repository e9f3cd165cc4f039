/**
 * The kit's one guard against results that aren't finite. Every input a cell accepts is a finite
 * number, but finite inputs can still overflow (1e308 × 2 is ∞, ∞ × 0 is NaN). The guard finds
 * such a value anywhere in what a cell would show and turns it into an input error beside the
 * input most likely to blame: the one farthest from zero. No cell shows ∞ or NaN as a number.
 */
import { InputError } from '../../core/input-error';
import { formatNumber } from '../../core/format-number';
import { t } from '../../messages/t';
import type { CellValues, FieldSpec } from './types';

/** Where in a value the walk went: object keys and array indices. */
export type ValuePath = readonly (string | number)[];

/**
 * The path of the first number in `value` that is not finite, or undefined. Walks numbers,
 * arrays and typed arrays, Maps, plain objects and anything with `toArray()` (a Matrix);
 * strings, functions and other leaves are skipped. Cycles are visited once.
 */
export function findNonFinite(value: unknown): ValuePath | undefined {
  return walk(value, [], new Set());
}

function walk(v: unknown, path: ValuePath, seen: Set<object>): ValuePath | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? undefined : path;
  if (typeof v !== 'object' || v === null || seen.has(v)) return undefined;
  seen.add(v);
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
    return walk(Array.from(v as unknown as ArrayLike<number>), path, seen);
  }
  if (Array.isArray(v)) return first(v.entries(), path, seen);
  if (v instanceof Map) return first(v.entries(), path, seen);
  const toArray = (v as { toArray?: unknown }).toArray;
  if (typeof toArray === 'function') return walk(toArray.call(v), path, seen);
  return first(Object.entries(v), path, seen);
}

function first(
  entries: Iterable<[unknown, unknown]>,
  path: ValuePath,
  seen: Set<object>,
): ValuePath | undefined {
  for (const [k, item] of entries) {
    const found = walk(item, [...path, typeof k === 'number' ? k : String(k)], seen);
    if (found) return found;
  }
  return undefined;
}

/** The input (and, for a matrix, the entry) farthest from zero. */
export interface Culprit {
  readonly field: FieldSpec;
  readonly value: number;
  readonly entry?: readonly [row: number, col: number];
}

/** The numeric input farthest from zero, where an overflow most likely began; ties: the first. */
export function farthestInput(
  fields: readonly FieldSpec[],
  values: CellValues,
): Culprit | undefined {
  let best: Culprit | undefined;
  const consider = (c: Culprit): void => {
    if (!best || Math.abs(c.value) > Math.abs(best.value)) best = c;
  };
  for (const field of fields) {
    const v = values[field.name];
    if (field.kind === 'scalar' && typeof v === 'number') consider({ field, value: v });
    if (field.kind === 'matrix' && Array.isArray(v)) {
      v.forEach((row, r) => row.forEach((x, c) => consider({ field, value: x, entry: [r, c] })));
    }
  }
  return best;
}

/** An overflow blamed on one input; `entry` marks the matrix entry, as a parse error would. */
export class OverflowError extends InputError {
  constructor(
    field: string,
    message: string,
    readonly entry?: readonly [row: number, col: number],
  ) {
    super(field, message);
  }
}

/**
 * Throws an `OverflowError` when `shown` holds a number that isn't finite: beside the input
 * farthest from zero, or (a cell without numeric inputs) for the whole cell, with field ''.
 */
export function guardFinite(
  fields: readonly FieldSpec[],
  values: CellValues,
  shown: unknown,
): void {
  if (!findNonFinite(shown)) return;
  const culprit = farthestInput(fields, values);
  if (!culprit) throw new OverflowError('', t('kit.overflowGeneral'));
  const value = formatNumber(culprit.value);
  const label = t(culprit.field.label);
  if (!culprit.entry) {
    throw new OverflowError(culprit.field.name, t('kit.overflow', { label, value }));
  }
  const [r, c] = culprit.entry;
  throw new OverflowError(
    culprit.field.name,
    t('kit.overflowEntry', { label, value, row: r + 1, col: c + 1 }),
    culprit.entry,
  );
}
