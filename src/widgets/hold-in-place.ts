/**
 * Keeping the target of a link in place while the page above it settles: blocks that render for
 * the first time (`content-visibility: auto`) and widgets that upgrade can move it after the
 * browser's jump. Used for a linked cell (link-scroll.ts) and a plain `#section` anchor
 * (anchor-hold.ts, on every page).
 */

/** The reader taking over the scroll: from then on the page is theirs. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * A plain `#section` anchor: the browser has scrolled to it, but blocks above it that render
 * for the first time and cells that upgrade can still move it; it is held like a linked cell.
 */
export function holdAnchor(): void {
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
export function readerTakesOver(): AbortSignal {
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
export function holdInPlace(cell: HTMLElement, stop: AbortSignal): void {
  const end = performance.now() + SETTLE_MS;
  const frame = (now: number): void => {
    if (stop.aborted || now > end) return;
    if (needsScroll(cell)) cell.scrollIntoView({ block: 'start', behavior: 'instant' });
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Whether scrolling to the cell would move the page (else no scroll, and no `scrollend`, comes). */
export function needsScroll(cell: HTMLElement): boolean {
  const offset =
    cell.getBoundingClientRect().top - (parseFloat(getComputedStyle(cell).scrollMarginTop) || 0);
  const room = document.documentElement.scrollHeight - innerHeight;
  return (
    Math.abs(offset) >= 1 && !(offset > 0 && scrollY >= room - 1) && !(offset < 0 && scrollY <= 0)
  );
}
