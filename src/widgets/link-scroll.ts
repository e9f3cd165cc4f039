/**
 * A link to a cell's state (`#shopping:applePrice=5`) names no element id, so the browser opens
 * it at the top of the page. This brings the first cell the hash names into view, once, at load;
 * it moves nothing else and leaves focus where it is. A plain `#section` anchor is the browser's
 * to scroll to; it is only held there while the page above it settles.
 */
import { readHash } from '../render/kit/hash-state';

/** The reader taking over the scroll: from then on the page is theirs. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

export function scrollToLinkedCell(): void {
  const state = readHash(location.hash);
  if (state.kind === 'anchor') return holdAnchor();
  if (state.kind !== 'cells' && state.kind !== 'tooLong') return;
  const ids = state.kind === 'cells' ? [...state.segments.keys()] : [...state.ids];
  const cell = ids
    .map((id) => document.getElementById(id))
    // A cell, or an exercise (`#ex-why-1:seed=42`, issue 16).
    .find((el) => el?.hasAttribute('data-bp-cell') || el?.hasAttribute('data-bp-exercise'));
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

/**
 * A plain `#section` anchor: the browser has scrolled to it, but blocks above it that render
 * for the first time and cells that upgrade can still move it; it is held like a linked cell.
 */
function holdAnchor(): void {
  let target: HTMLElement | null = null;
  try {
    target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  } catch {
    return; // a malformed escape names nothing
  }
  if (!target) return;
  holdInPlace(target, readerTakesOver());
}

/** A signal that ends when the reader first scrolls, touches, types or clicks. */
function readerTakesOver(): AbortSignal {
  const reader = new AbortController();
  const options = { signal: reader.signal, once: true, passive: true } as const;
  for (const type of READER_INPUT) addEventListener(type, () => reader.abort(), options);
  return reader.signal;
}

/** How long after the jump the cell is kept in place while the page above it settles. */
const SETTLE_MS = 3000;

/**
 * Scroll anchoring does not always hold the cell: blocks above it that render for the first time
 * (`content-visibility: auto`, styles/perf.css) and cells that upgrade replace their placeholder
 * heights. For a few seconds after the jump, each frame, the cell is put back at the top if it
 * moved; the reader's first input ends this at once.
 */
function holdInPlace(cell: HTMLElement, stop: AbortSignal): void {
  const end = performance.now() + SETTLE_MS;
  const frame = (now: number): void => {
    if (stop.aborted || now > end) return;
    if (needsScroll(cell)) cell.scrollIntoView({ block: 'start', behavior: 'instant' });
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
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
