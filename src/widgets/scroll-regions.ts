/**
 * Makes every box that scrolls sideways reachable and named (components/chrome/ScrollRegions.astro):
 * while its content is wider than it, it gets `tabindex="0"` (arrow keys scroll it) and, unless
 * it has a name, `role="region"` with one. When it fits again, what was added is taken away, so
 * a wide screen has no extra tab stops. Re-checked after anything that may change a width.
 */
const words = document.querySelector<HTMLElement>('[data-scroll-words]')?.dataset ?? {};
const KINDS: readonly (readonly [string, string])[] = [
  ['.katex-display', words['msgEquation'] ?? ''],
  ['pre', words['msgCode'] ?? ''],
  ['.bp-columns-scroll, .bp-graph-table-wrap, .bp-scroll', words['msgTable'] ?? ''],
];

/** Whether a box is itself a unit that skips its content (a display equation,
 * styles/perf-math.css). Asked once per box: a scan runs on every input, and the screen's
 * stylesheet does not change under it. */
const unitBoxes = new WeakMap<HTMLElement, boolean>();
function isUnit(el: HTMLElement): boolean {
  let unit = unitBoxes.get(el);
  if (unit === undefined) {
    unit = getComputedStyle(el).contentVisibility === 'auto';
    unitBoxes.set(el, unit);
  }
  return unit;
}

/** False while the box, or what is inside it, is skipped off screen (styles/perf.css): it has no
 * layout then, so it would seem to fit. What it was given stays until it is rendered again. */
function laidOut(el: HTMLElement): boolean {
  if (typeof el.checkVisibility !== 'function') return true;
  if (!el.checkVisibility({ contentVisibilityAuto: true })) return false; // in a skipped block
  const inside = el.firstElementChild;
  if (!inside || !isUnit(el)) return true;
  return inside.checkVisibility({ contentVisibilityAuto: true });
}

/** Hidden from sight (a graph's table twin while the graph shows): never a tab stop, even if a
 * scan saw it scroll while it was shown. */
const HIDDEN = '.bp-visually-hidden, [hidden], [inert], [aria-hidden="true"]';

function mark(el: HTMLElement, name: string): void {
  if (!laidOut(el)) return;
  const over = !el.closest(HIDDEN) && el.scrollWidth > el.clientWidth + 1;
  if (over === el.hasAttribute('data-bp-scrolls')) return;
  el.toggleAttribute('data-bp-scrolls', over);
  if (over) {
    if (!el.hasAttribute('tabindex')) {
      el.tabIndex = 0;
      el.dataset['bpAddedTab'] = '';
    }
    if (!el.hasAttribute('role') && !el.hasAttribute('aria-label') && name) {
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', name);
      el.dataset['bpAddedName'] = '';
    }
    return;
  }
  if (el.hasAttribute('data-bp-added-tab')) el.removeAttribute('tabindex');
  if (el.hasAttribute('data-bp-added-name')) {
    el.removeAttribute('role');
    el.removeAttribute('aria-label');
  }
  delete el.dataset['bpAddedTab'];
  delete el.dataset['bpAddedName'];
}

let queued = false;
function scan(): void {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    for (const [selector, name] of KINDS) {
      const all = document.querySelectorAll<HTMLElement>(selector);
      // Numbered in page order, so that no two regions share a name.
      all.forEach((el, k) => mark(el, name.replace('{n}', String(k + 1))));
    }
  });
}

new ResizeObserver(scan).observe(document.documentElement);
// `bp-cell-upgraded` (widgets/define-cell.ts): a cell that upgrades late, when it comes near,
// renders new listings and tables, which the page's size may not reflect.
// `contentvisibilityautostatechange`: a block skipped while off screen (styles/perf.css, a whole
// chapter of the book in whole-book.css) has no layout, so nothing in it scrolls until it is
// rendered. It does not bubble; a capturing listener still hears it.
for (const type of [
  'click',
  'input',
  'toggle',
  'load',
  'bp-cell-upgraded',
  'contentvisibilityautostatechange',
]) {
  document.addEventListener(type, scan, { capture: true, passive: true });
}
scan();

export {}; // a module: its names stay its own
