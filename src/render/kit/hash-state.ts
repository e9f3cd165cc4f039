/**
 * A cell's inputs in the URL hash, so a reader can link to what they see.
 *
 * Format: `#<cell>:<name>=<value>&<name>=<value>` per cell, cells joined by `/`, e.g.
 * `#shopping:applePrice=120&tax=1.08/add-node:x=3`. Matrix rows are joined by `;` and entries
 * by `,` (`W=1,2;3,4`); a choice is its option value. Parsing is strict: a segment that does
 * not match its cell's fields exactly is refused whole, with a reason.
 */
import { t } from '../../messages/t';
import { parseNumber } from './parse-number';
import type { CellTexts } from './field-text';
import { MATRIX_BOUNDS } from './shape';
import type { FieldSpec } from './types';

const CELL_ID = /^[a-z][a-z0-9-]{0,63}$/;
const NAME = /^[a-z][a-zA-Z0-9]{0,63}$/;
const CHOICE = /^[a-zA-Z0-9_-]{1,64}$/;

/** Splits a hash into cell id → raw segment; ignores anything that is not cell state. */
export function hashSegments(hash: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body.length > 4000) return out;
  for (const part of body.split('/')) {
    const colon = part.indexOf(':');
    if (colon < 1) continue;
    const id = part.slice(0, colon);
    if (CELL_ID.test(id)) out.set(id, part.slice(colon + 1));
  }
  return out;
}

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
    const eq = pair.indexOf('=');
    const name = eq > 0 ? pair.slice(0, eq) : '';
    const field = NAME.test(name) ? fields.find((f) => f.name === name) : undefined;
    if (!field) return { ok: false, reason: t('kit.hash.unknownInput') };
    if (name in texts) return { ok: false, reason: t('kit.hash.twice', { name }) };
    const raw = pair.slice(eq + 1);
    const value = readValue(field, raw);
    if (value === undefined) return { ok: false, reason: t('kit.hash.badValue', { name }) };
    texts[name] = value;
  }
  return { ok: true, texts };
}

function readValue(field: FieldSpec, raw: string): string | string[][] | undefined {
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

/** One cell's segment for these texts (already valid). */
export function writeSegment(cellId: string, texts: CellTexts): string {
  const pairs = Object.entries(texts).map(([name, t]) => {
    const value = typeof t === 'string' ? t.trim() : t.map((row) => row.join(',')).join(';');
    return `${name}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3B/g, ';')}`;
  });
  return `${cellId}:${pairs.join('&')}`;
}

/** The hash with this cell's segment replaced (or removed when `segment` is undefined). */
export function withSegment(hash: string, cellId: string, segment: string | undefined): string {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const parts = body
    .split('/')
    .filter((p) => p !== '' && p.includes(':') && !p.startsWith(`${cellId}:`));
  if (segment !== undefined) parts.push(segment);
  return parts.length ? `#${parts.join('/')}` : '';
}
