/**
 * A link to a cell's state (`#shopping:applePrice=5`) names no element id, so the browser opens
 * it at the top of the page. This brings the first cell the hash names into view, once, at load;
 * it moves nothing else and leaves focus where it is. A plain `#section` anchor is the browser's
 * to scroll to; anchor-hold.ts (on every page) holds it there while the page above it settles.
 */
import { readHash } from '../render/kit/hash-state';
import { holdInPlace, needsScroll, readerTakesOver } from './hold-in-place';

export function scrollToLinkedCell(): void {
  const state = readHash(location.hash);
  if (state.kind !== 'cells' && state.kind !== 'tooLong') return;
  const ids = state.kind === 'cells' ? [...state.segments.keys()] : [...state.ids];
  const cell = ids
    .map((id) => document.getElementById(id))
    .find((el) => el?.hasAttribute('data-bp-cell'));
  if (!cell) return;
  // The reader taking over (wheel, touch, key, pointer) ends every correction below.
  const signal = readerTakesOver();
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
    cell.scrollIntoView({ block: 'start', behavior: 'instant' });
    holdInPlace(cell, signal);
    return;
  }
  if (!needsScroll(cell)) return holdInPlace(cell, signal);
  // A smooth scroll aims at where the cell was when it started; cells that upgrade above it
  // meanwhile move it. When the scroll ends, finish the way (unless the reader took over).
  addEventListener(
    'scrollend',
    () => {
      if (signal.aborted) return;
      cell.scrollIntoView({ block: 'start', behavior: 'instant' });
      holdInPlace(cell, signal);
    },
    { signal, once: true, passive: true },
  );
  cell.scrollIntoView({ block: 'start', behavior: 'smooth' });
}
