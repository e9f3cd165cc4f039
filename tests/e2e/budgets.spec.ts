// Byte budgets, deterministic, from the files in dist/ each page references (like Starlight's
// size limits): JS loaded at page load ≤ 10 kB gzip on chapter pages without cells, CSS ≤ 20 kB
// gzip on every page. No browser needed; it lives with the e2e tests because it needs a build.
import { test, expect } from '@playwright/test';
import { pageAssets, pagesIn, total } from '../../scripts/page-assets.mjs';
import { measureJsAtLoad } from '../../scripts/lib/js-at-load.mjs';

const KB = 1000;
const pages = pagesIn('dist').map((p) => pageAssets('dist', p));

test('every page is measured', () => {
  expect(pages.length).toBeGreaterThanOrEqual(2);
});

for (const p of pages) {
  test(`${p.path}: CSS ≤ 20 kB gzip`, () => {
    const css = total(p.css);
    expect(css.gzip, p.css.map((a) => `${a.name} ${a.gzip} B`).join(', ')).toBeLessThanOrEqual(
      20 * KB,
    );
  });
  // Cells bring their own code; a page of cells still loads little: ≤ 20 kB gzip in all.
  test(`${p.path}: JS at load ≤ 20 kB gzip`, () => {
    expect(
      total(p.js).gzip,
      p.js.map((a) => `${a.name} ${a.gzip} B`).join(', '),
    ).toBeLessThanOrEqual(20 * KB);
  });
  if (!p.cells) {
    test(`${p.path}: JS at load ≤ 10 kB gzip (no cells)`, () => {
      const js = total(p.js);
      expect(js.gzip, p.js.map((a) => `${a.name} ${a.gzip} B`).join(', ')).toBeLessThanOrEqual(
        10 * KB,
      );
      // Search is loaded on use only: Pagefind is never part of the page-load JS.
      expect(p.js.some((a) => a.name.includes('pagefind'))).toBe(false);
    });
  }
}

// JS at load as issue 13 measures it (scripts/lib/js-at-load.mjs): every script Chromium fetches
// until the network is idle, plus inline scripts, gzipped. Logged only, as annotations, until
// the levers of issue 13 land and a limit on it replaces the static ones above.
test('JS at load in Chromium, per page (logged, no limit)', async ({ browser, baseURL }) => {
  test.slow();
  for (const p of pages) {
    const m = await measureJsAtLoad(`${baseURL}${p.path}`, { browser });
    test.info().annotations.push({
      type: `JS at load ${p.path}`,
      description: `${m.total} B gzip (${m.raw} B raw, ${m.items.length} scripts), ${m.dom} elements`,
    });
  }
});
