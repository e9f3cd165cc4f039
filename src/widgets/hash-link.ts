/** The glue between a cell element and the URL hash: restore on load, write on request. */
import type { CellTexts } from '../render/kit/field-text';
import { hashSegments, readSegment, withSegment, writeSegment } from '../render/kit/hash-state';
import type { FieldSpec } from '../render/kit/types';

export type Restored =
  | { readonly kind: 'none' }
  | { readonly kind: 'texts'; readonly texts: CellTexts }
  | { readonly kind: 'refused'; readonly note: string };

/** This cell's state in the current hash, if any. */
export function stateFromHash(cellId: string, fields: readonly FieldSpec[]): Restored {
  const segment = hashSegments(location.hash).get(cellId);
  if (segment === undefined) return { kind: 'none' };
  const read = readSegment(segment, fields);
  if (read.ok) return { kind: 'texts', texts: read.texts };
  return { kind: 'refused', note: read.reason };
}

/** Writes this cell's state into the address bar (without a history entry); returns the URL. */
export function linkState(cellId: string, texts: CellTexts): string {
  const hash = withSegment(location.hash, cellId, writeSegment(cellId, texts));
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  return location.href;
}

/** Removes this cell's state from the address bar (after Reset). */
export function clearState(cellId: string): void {
  if (!hashSegments(location.hash).has(cellId)) return;
  const hash = withSegment(location.hash, cellId, undefined);
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

/** Copies the URL when a clipboard is available; returns whether it did. */
export async function copyLink(url: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(url);
    return true;
  } catch {
    // No clipboard (insecure context or permission refused): the address bar still has it.
    return false;
  }
}
