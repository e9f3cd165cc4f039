/**
 * Where a link lands, cold or followed within the page, on every page (loaded with scroll-regions by ScrollRegions.astro).
 * - A link to a cell's or an exercise's state (`#shopping:applePrice=5`) names no element id, so
 *   the browser opens it at the top of the page. This brings the first element the hash names
 *   into view, once, at load; it moves nothing else and leaves focus where it is.
 * - A plain `#section` anchor is the browser's to scroll to.
 * Either way, blocks above the target that render for the first time (`content-visibility:
 * auto`) and widgets that upgrade (cells, the trainer, the pad) can move it after the jump, so it
 * is held in place until the page settles or the reader takes over.
 */

/** The reader taking over the scroll: from then on the page is theirs. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * The element a state hash names first (`#<id>:…/<id>:…`). Loose on purpose, like the cell
 * loader's wake-up: the element itself reads the hash strictly; here a wrong guess costs a scroll.
 */
function stateTarget(hash: string): HTMLElement | undefined {
  for (const part of hash.slice(1).split('/')) {
    const colon = part.indexOf(':');
    const el = colon > 0 ? document.getElementById(part.slice(0, colon)) : null;
    if (el) return el;
  }
  return undefined;
}

/** The element a plain anchor names, if any (a malformed escape names nothing). */
function anchorTarget(hash: string): HTMLElement | null {
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

function scrollToLink(): void {
  const hash = location.hash;
  if (hash.length < 2) return;
  const target = stateTarget(hash);
  if (!target) {
    const anchor = anchorTarget(hash);
    if (anchor) holdInPlace(anchor, readerTakesOver());
    return;
  }
  // The reader taking over (wheel, touch, key, pointer) ends every correction below.
  const signal = readerTakesOver();
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
    target.scrollIntoView({ block: 'start', behavior: 'instant' });
    holdInPlace(target, signal);
    return;
  }
  if (!needsScroll(target)) return holdInPlace(target, signal);
  // A smooth scroll aims at where the target was when it started; cells that upgrade above it
  // meanwhile move it. When the scroll ends, finish the way (unless the reader took over).
  addEventListener(
    'scrollend',
    () => {
      if (signal.aborted) return;
      target.scrollIntoView({ block: 'start', behavior: 'instant' });
      holdInPlace(target, signal);
    },
    { signal, once: true, passive: true },
  );
  target.scrollIntoView({ block: 'start', behavior: 'smooth' });
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

scrollToLink();
// A link followed within the page (the table of contents, a heading's self-link) lands the same
// way: blocks between here and there render for the first time as the page jumps past them.
addEventListener('hashchange', scrollToLink);
