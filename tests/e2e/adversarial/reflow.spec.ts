// Small and wide screens (issue 12, "Small screens"): no page is ever wider than a 320 px
// viewport in any state of any cell (WCAG 1.4.10), graphs scale or give way to their table, and
// on a wide screen no graph or listing is cut while there is room beside the text column.
import { expect, test, type Page } from '@playwright/test';
import { builtCells } from '../support/cells';
import { distPages } from '../support/dist';
import { cellsUpgraded, clippedFigures, openEverything, stickers } from '../support/reflow';

const pages = distPages().filter((p) => !p.endsWith('.html') || p === '/404.html');

async function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test.describe('320 px: every state of every page reflows', () => {
  for (const path of pages) {
    test(`${path} with every toggle, code view and matrix opened`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 320, height: 720 });
      await page.goto(path);
      await cellsUpgraded(page);
      expect(await scrollWidth(page), 'as loaded').toBeLessThanOrEqual(320);
      expect(await stickers(page, 320), 'as loaded').toEqual([]);
      await openEverything(page);
      expect(await scrollWidth(page), 'everything open').toBeLessThanOrEqual(320);
      expect(await stickers(page, 320), 'everything open').toEqual([]);
    });
  }
});

test.describe('1280 px: nothing is cut while there is room', () => {
  for (const path of pages) {
    test(`${path}: graphs and listings show whole`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      await cellsUpgraded(page);
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      expect(await clippedFigures(page)).toEqual([]);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(1280);
    });
  }
});

/** The smallest font size, in CSS px as drawn, of the graph's labels; 0 if it is not drawn. */
async function smallestLabel(page: Page, cellId: string): Promise<number> {
  return page.evaluate((id) => {
    const svg = document.querySelector<SVGSVGElement>(`#${id} .bp-graph-svg`);
    if (!svg || !svg.checkVisibility()) return 0;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const sizes = [...svg.querySelectorAll('text')]
      .filter((t) => t.checkVisibility())
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    return Math.min(...sizes);
  }, cellId);
}

async function tableShown(page: Page, cellId: string): Promise<boolean> {
  return page.evaluate((id) => {
    const table = document.querySelector(`#${id} .bp-graph-table`);
    if (!table || !table.checkVisibility() || table.getBoundingClientRect().width <= 100) {
      return false;
    }
    // Visually hidden (clipped to a pixel) is not shown.
    for (let a: Element | null = table; a; a = a.parentElement) {
      if (getComputedStyle(a).getPropertyValue('clip') !== 'auto') return false;
    }
    return true;
  }, cellId);
}

test.describe('graphs scale to their width, or give way to the table', () => {
  for (const width of [360, 1280]) {
    test(`${width} px: every graph's labels are at least 11 px, else its table is shown`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 900 });
      const onPages = [...new Set(builtCells().map((c) => c.page))];
      let seen = 0;
      for (const path of onPages) {
        await page.goto(path);
        await cellsUpgraded(page);
        const ids = await page.evaluate(() =>
          [...document.querySelectorAll('[data-bp-cell]')]
            .filter((c) => c.querySelector('.bp-graph-svg'))
            .map((c) => c.id),
        );
        for (const id of ids) {
          seen++;
          const label = await smallestLabel(page, id);
          const table = await tableShown(page, id);
          expect(label >= 11 || table, `${path}#${id}: label ${label} px, table ${table}`).toBe(
            true,
          );
          if (width === 1280) expect(table, `${path}#${id}: the graph fits at 1280`).toBe(false);
        }
        expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
      }
      expect(seen, 'graphs found').toBeGreaterThan(3);
    });
  }

  test('360 px: the shopping cell shows its table, and the graph on request, legible and scrolled', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const shopping = builtCells().find((c) => c.kind === 'shopping')!;
    await page.goto(shopping.page);
    await cellsUpgraded(page);
    const cell = page.locator(`#${shopping.id}`);
    expect(await tableShown(page, shopping.id)).toBe(true);
    const see = cell.getByRole('button', { name: /graph/i }).and(cell.locator('[aria-expanded]'));
    await expect(see).toHaveAttribute('aria-expanded', 'false');
    await see.click();
    await expect(see).toHaveAttribute('aria-expanded', 'true');
    expect(await smallestLabel(page, shopping.id)).toBeGreaterThanOrEqual(11);
    const region = cell.getByRole('region', { name: /computational graph/ });
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
  });
});
