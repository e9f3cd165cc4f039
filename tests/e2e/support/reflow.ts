// Page-side probes of the reflow gate (tests/e2e/adversarial/reflow.spec.ts): open every state a
// reader can open, then list what sticks out of the viewport. Discovered generically, so a new
// cell, toggle or listing is covered the day it lands.
import type { Page } from '@playwright/test';
import { upgradeAllCells } from './cells';

/**
 * Brings every cell near, as a reader scrolling through would, and waits until each has upgraded
 * (cells upgrade lazily), so the gate sees the live cells, not only their build-time HTML.
 */
export async function cellsUpgraded(page: Page): Promise<void> {
  await upgradeAllCells(page);
  await scrollThrough(page);
}

/**
 * Scrolls from top to bottom a screen at a time, as a reader reading on does, so every block
 * skipped while off screen (`content-visibility: auto`, styles/perf.css) is rendered once and
 * what scrolls sideways in it has been made a named region (widgets/scroll-regions.ts). A block
 * never rendered has no layout of its own; a probe that measures it forces one the reader never
 * sees.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // A frame, or 100 ms if none comes (a starved machine may hold frames back; the scroll
    // must still reach the end rather than wait out the test).
    const frame = () =>
      new Promise((r) => {
        requestAnimationFrame(() => r(null));
        setTimeout(() => r(null), 100);
      });
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 0.9) {
      scrollTo(0, y);
      await frame();
      await frame();
    }
    scrollTo(0, 0);
    // Then every block stays rendered, as each was when the reader passed it: a probe measuring
    // a skipped block would force a layout without its containment's context.
    for (const el of document.querySelectorAll<HTMLElement>('.prose, .prose *'))
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    // Forcing blocks visible fires none of the events a reader's scrolling does, so the page is
    // asked to look again at what scrolls sideways (widgets/scroll-regions.ts rescans on a
    // <details> toggle, which only it listens to), as it did for each block the reader passed.
    document.dispatchEvent(new Event('toggle'));
    await frame();
    await frame();
  });
}

/**
 * Widens every resizable matrix to its most columns, opens every `<details>`, presses every
 * collapsed toggle (`aria-expanded="false"`) once and takes one backward step in every graph.
 */
export async function openEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    const shown = (el: Element): boolean => el.checkVisibility() && !el.closest('[inert]');
    const disabled = (b: HTMLButtonElement): boolean =>
      b.disabled || b.getAttribute('aria-disabled') === 'true';
    for (const button of document.querySelectorAll<HTMLButtonElement>(
      'button[data-matrix-action="add-col"]',
    )) {
      const grid = button.closest('fieldset')?.querySelector('.bp-matrix-grid');
      // Until the limit: the button disables, or the grid stops growing.
      for (let i = 0; i < 16 && shown(button) && !disabled(button); i++) {
        const before = grid?.innerHTML;
        button.click();
        if (grid?.innerHTML === before) break;
      }
    }
    for (const d of document.querySelectorAll('details')) d.open = true;
    for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-action="step"]')) {
      if (shown(b)) b.click();
    }
    // One pass in document order; a toggle that another one revealed is pressed too.
    const pressed = new Set<Element>();
    for (let pass = 0; pass < 3; pass++) {
      for (const b of document.querySelectorAll<HTMLElement>('button[aria-expanded="false"]')) {
        if (pressed.has(b) || !shown(b)) continue;
        pressed.add(b);
        b.click();
      }
    }
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
}

export interface Sticker {
  readonly what: string;
  readonly left: number;
  readonly right: number;
}

/**
 * Visible elements that reach outside [0, width], except those inside a labelled scroll region
 * that itself fits: `overflow-x: auto|scroll`, keyboard reachable (tabindex 0 or a focusable
 * control inside) and named (aria-label/labelledby, or a fieldset's legend).
 */
export async function stickers(page: Page, width: number): Promise<Sticker[]> {
  return page.evaluate((vw) => {
    const scrolls = (el: Element): boolean => /auto|scroll/.test(getComputedStyle(el).overflowX);
    const labelled = (el: Element): boolean => {
      const named =
        el.hasAttribute('aria-label') ||
        el.hasAttribute('aria-labelledby') ||
        (el.closest('fieldset')?.querySelector(':scope > legend') ?? null) !== null;
      const reachable =
        el.getAttribute('tabindex') === '0' ||
        el.querySelector('input, button, a[href], [tabindex="0"]') !== null;
      return named && reachable;
    };
    const describe = (el: Element): string => {
      const cell = el.closest('[data-bp-cell]');
      const cls = typeof el.className === 'string' ? el.className.split(' ')[0] : '';
      const home = el.closest('[id]');
      const where = cell ? `#${cell.id} ` : home ? `in #${home.id} ` : '';
      const text = (el.textContent ?? '').trim().slice(0, 40);
      return `${where}${el.tagName.toLowerCase()}${cls ? '.' + cls : ''} "${text}"`;
    };
    const memo = new Map<Element, boolean>();
    const clipped = (el: Element | null): boolean => {
      if (!el || el === document.body) return false;
      let v = memo.get(el);
      if (v === undefined) {
        const s = getComputedStyle(el);
        v =
          s.getPropertyValue('clip') !== 'auto' ||
          s.clipPath !== 'none' ||
          clipped(el.parentElement);
        memo.set(el, v);
      }
      return v;
    };
    const out: { what: string; left: number; right: number }[] = [];
    const offenders = new Set<Element>();
    for (const el of document.body.querySelectorAll('*')) {
      // An SVG clips what it draws; the <svg> box itself is checked.
      if (el.parentElement?.closest('svg')) continue;
      if (!el.checkVisibility()) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      if (r.left >= -0.5 && r.right <= vw + 0.5) continue;
      // Visually hidden text (clipped, itself or by an ancestor, as KaTeX's MathML is) and the
      // skip link parked above the page are not seen.
      if (clipped(el) || r.bottom < -100) continue;
      let ok = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (!scrolls(a)) continue;
        const ar = a.getBoundingClientRect();
        ok = ar.left >= -0.5 && ar.right <= vw + 0.5 && labelled(a);
        break;
      }
      if (ok) continue;
      offenders.add(el);
      // The outermost offender is enough to read the failure.
      if (el.parentElement && offenders.has(el.parentElement)) continue;
      out.push({ what: describe(el), left: Math.round(r.left), right: Math.round(r.right) });
    }
    return out.slice(0, 12);
  }, width);
}

/** Scroll boxes of graphs and listings that hide part of their content. */
export async function clippedFigures(
  page: Page,
): Promise<{ what: string; client: number; scroll: number; room: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.bp-graph-canvas, pre')]
      .filter((el) => el.checkVisibility())
      .map((el) => {
        const area = el.closest('main, .whole-book') ?? document.body;
        const cs = getComputedStyle(area);
        const room =
          area.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) || 0;
        const cell = el.closest('[data-bp-cell]');
        return {
          what: `${cell ? `#${cell.id} ` : ''}${el.className || el.tagName}`,
          client: el.clientWidth,
          scroll: el.scrollWidth,
          // The figure's own box may not reach the content area's width.
          room: Math.round(room - (cell ?? el).getBoundingClientRect().width),
        };
      })
      // Clipped while there is free space: content hidden, yet the box could still grow.
      .filter((f) => f.scroll > f.client + 1 && f.room > 48),
  );
}
