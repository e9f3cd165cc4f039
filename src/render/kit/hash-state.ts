/**
 * A cell's inputs in the URL hash, so a reader can link to what they see.
 *
 * Format: `#<cell>:<name>=<value>&<name>=<value>` per cell, cells joined by `/`, e.g.
 * `#shopping:applePrice=120&tax=1.08/add-node:x=3`. Matrix rows are joined by `;` and entries
 * by `,` (`W=1,2;3,4`); a choice is its option value. A segment holds only the fields that differ
 * from the book's values; a field it leaves out is the book's. Parsing is strict: a segment that
 * does not match its cell's fields exactly is refused whole, with a reason. Empty pairs (`a=1&`)
 * are skipped. Links longer than `MAX_LINK_LENGTH` are neither written nor read.
 */
import { t } from '../../messages/t';
import { parseNumber } from './parse-number';
import { initialTexts, type CellTexts, type FieldText } from './field-text';
import { MATRIX_BOUNDS } from './shape';
import type { FieldSpec } from './types';

/**
 * The longest link the book writes, and the longest hash it reads. Some browsers, chat apps and
 * servers cut or refuse longer URLs, so a longer link could open without its state.
 */
export const MAX_LINK_LENGTH = 2000;

const CELL_ID = /^[a-z][a-z0-9-]{0,63}$/;
const NAME = /^[a-z][a-zA-Z0-9]{0,63}$/;
const CHOICE = /^[a-zA-Z0-9_-]{1,64}$/;

/** What a hash says about the page's cells. */
export type HashState =
  /** No hash at all: every cell at the book's values. */
  | { readonly kind: 'none' }
  /** A plain anchor (`#section`): not cell state; the cells are left as they are. */
  | { readonly kind: 'anchor' }
  /** Cell id → its raw segment, in the hash's order. */
  | { readonly kind: 'cells'; readonly segments: ReadonlyMap<string, string> }
  /** Over the limit: refused whole. `ids` are the cells it names, so they can say why. */
  | { readonly kind: 'tooLong'; readonly length: number; readonly ids: ReadonlySet<string> };

/** Reads a hash (`location.hash`, with or without the `#`). */
export function readHash(hash: string): HashState {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return { kind: 'none' };
  const segments = new Map<string, string>();
  for (const part of body.split('/')) {
    const colon = part.indexOf(':');
    const id = colon < 1 ? '' : part.slice(0, colon);
    if (CELL_ID.test(id)) segments.set(id, part.slice(colon + 1));
  }
  if (segments.size === 0) return { kind: 'anchor' };
  if (body.length > MAX_LINK_LENGTH) {
    return { kind: 'tooLong', length: body.length, ids: new Set(segments.keys()) };
  }
  return { kind: 'cells', segments };
}

/** The note for a cell named by a hash over the limit. */
export const tooLongReason = (length: number): string =>
  t('kit.hash.tooLong', { length, max: MAX_LINK_LENGTH });

export type HashRead =
  | { readonly ok: true; readonly texts: CellTexts }
  /** `reason` is the whole note shown to the reader. */
  | { readonly ok: false; readonly reason: string };

/** Reads one cell's segment against its fields. Every field need not appear; unknown ones fail. */
export function readSegment(segment: string, fields: readonly FieldSpec[]): HashRead {
  let text: string;
  try {
    text = decodeURIComponent(segment);
  } catch {
    return { ok: false, reason: t('kit.hash.badText') };
  }
  const texts: CellTexts = {};
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = eq > 0 ? pair.slice(0, eq) : '';
    const field = NAME.test(name) ? fields.find((f) => f.name === name) : undefined;
    if (!field) return { ok: false, reason: t('kit.hash.unknownInput') };
    // The reader knows an input by its label ("Apple price", 사과 가격), not by its link name.
    const label = t(field.label);
    if (name in texts) return { ok: false, reason: t('kit.hash.twice', { name: label }) };
    const value = readValue(field, pair.slice(eq + 1));
    if (value === undefined) return { ok: false, reason: t('kit.hash.badValue', { name: label }) };
    texts[name] = value;
  }
  return { ok: true, texts };
}

function readValue(field: FieldSpec, raw: string): FieldText | undefined {
  if (field.kind === 'scalar') return parseNumber(raw).ok ? raw.trim() : undefined;
  if (field.kind === 'choice') {
    return CHOICE.test(raw) && field.options.some((o) => o.value === raw) ? raw : undefined;
  }
  const grid = raw.split(';').map((row) => row.split(','));
  const [rmin, rmax] = field.rows ?? MATRIX_BOUNDS;
  const [cmin, cmax] = field.cols ?? MATRIX_BOUNDS;
  const cols = grid[0]!.length;
  const fits = grid.length >= rmin && grid.length <= rmax && cols >= cmin && cols <= cmax;
  if (!fits || grid.some((row) => row.length !== cols)) return undefined;
  return grid.every((row) => row.every((entry) => parseNumber(entry).ok)) ? grid : undefined;
}

/** Every field's text: the segment's where it has one, the book's elsewhere. */
export function linkedTexts(fields: readonly FieldSpec[], texts: CellTexts): CellTexts {
  return { ...initialTexts(fields), ...texts };
}

/** The fields whose texts mean something other than the book's value (`100.0` is `100`). */
export function changedTexts(fields: readonly FieldSpec[], texts: CellTexts): CellTexts {
  const changed: CellTexts = {};
  for (const f of fields) {
    const text = texts[f.name];
    if (text !== undefined && !isInitial(f, text)) changed[f.name] = text;
  }
  return changed;
}

const sameNumber = (text: string, value: number): boolean => {
  const parsed = parseNumber(text);
  return parsed.ok && parsed.value === value;
};

function isInitial(f: FieldSpec, text: FieldText): boolean {
  if (f.kind === 'choice') return text === f.initial;
  if (f.kind === 'scalar') return typeof text === 'string' && sameNumber(text, f.initial);
  return (
    Array.isArray(text) &&
    text.length === f.initial.length &&
    text.every(
      (row, r) =>
        row.length === f.initial[r]!.length &&
        row.every((e, c) => sameNumber(e, f.initial[r]![c]!)),
    )
  );
}

/** One cell's segment for these texts (already valid), every text given written. */
export function writeSegment(cellId: string, texts: CellTexts): string {
  const pairs = Object.entries(texts).map(([name, t]) => {
    const value = typeof t === 'string' ? t.trim() : t.map((row) => row.join(',')).join(';');
    return `${name}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3B/g, ';')}`;
  });
  return `${cellId}:${pairs.join('&')}`;
}

/**
 * The hash with this cell's segment first (the one just linked is the one a new tab scrolls to),
 * the other cells' segments after it as they were; `undefined` removes the cell's segment.
 * Anything that is not cell state (a plain anchor) is dropped.
 */
export function withSegment(hash: string, cellId: string, segment: string | undefined): string {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const others = body
    .split('/')
    .filter((p) => p !== '' && p.includes(':') && !p.startsWith(`${cellId}:`));
  const parts = segment === undefined ? others : [segment, ...others];
  return parts.length ? `#${parts.join('/')}` : '';
}

export type LinkUrl =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly length: number };

/** The page's URL (without its hash) with this hash, unless that is over the limit. */
export function linkUrl(page: string, hash: string): LinkUrl {
  const url = page + hash;
  return url.length <= MAX_LINK_LENGTH ? { ok: true, url } : { ok: false, length: url.length };
}
