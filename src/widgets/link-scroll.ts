/**
 * A link to a cell's state (`#shopping:applePrice=5`) names no element id, so the browser opens
 * it at the top of the page. This brings the first cell the hash names into view, once, at load;
 * it moves nothing else and leaves focus where it is. A plain `#section` anchor is the browser's.
 */
import { readHash } from '../render/kit/hash-state';

/** The reader taking over the scroll: from then on the page is theirs. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

export function scrollToLinkedCell(): void {
  const state = readHash(location.hash);
  if (state.kind !== 'cells' && state.kind !== 'tooLong') return;
  const ids = state.kind === 'cells' ? [...state.segments.keys()] : [...state.ids];
  const cell = ids
    .map((id) => document.getElementById(id))
    .find((el) => el?.hasAttribute('data-bp-cell'));
  if (!cell) return;
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
    // Once the jump is made, the browser's scroll anchoring keeps the cell in place while the
    // cells above it upgrade and grow.
    cell.scrollIntoView({ block: 'start', behavior: 'instant' });
    return;
  }
  if (!needsScroll(cell)) return;
  // A smooth scroll aims at where the cell was when it started; cells that upgrade above it
  // meanwhile move it. When the scroll ends, finish the way (unless the reader took over).
  const done = new AbortController();
  const options = { signal: done.signal, once: true, passive: true } as const;
  for (const type of READER_INPUT) addEventListener(type, () => done.abort(), options);
  addEventListener(
    'scrollend',
    () => {
      done.abort();
      cell.scrollIntoView({ block: 'start', behavior: 'instant' });
    },
    options,
  );
  cell.scrollIntoView({ block: 'start', behavior: 'smooth' });
}

/** Whether scrolling to the cell would move the page (else no scroll, and no `scrollend`, comes). */
function needsScroll(cell: HTMLElement): boolean {
  const offset =
    cell.getBoundingClientRect().top - (parseFloat(getComputedStyle(cell).scrollMarginTop) || 0);
  const room = document.documentElement.scrollHeight - innerHeight;
  return (
    Math.abs(offset) >= 1 && !(offset > 0 && scrollY >= room - 1) && !(offset < 0 && scrollY <= 0)
  );
}
