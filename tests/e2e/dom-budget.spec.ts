// DOM size per page (issue 13): on a phone the cost of this book is style and layout of a big
// DOM, not script, so the number of elements is held under a ceiling like the bytes are. Counted
// in Chromium once the page has loaded and its cells have upgraded, as Lighthouse counts it.
// Pages come from dist/, so a new chapter is measured the day it is built; a chapter without a
// ceiling of its own gets the chapters' ceiling.
//
// Ceilings: the heaviest page of each kind as measured when this test was written, plus about
// 15 % for the cells the second edition adds. Going over means a lighter rendering is due
// (KaTeX markup, a cell's static HTML), not a higher number: `node scripts/profile-page.mjs
// <path>` prints where the elements are (KaTeX HTML and MathML, cells, SVG, code, tables).
import { test, expect } from '@playwright/test';
import { distPages } from './support/dist';

/** Measured (Chromium, 2026-11-28): /book/ 25 944; affine-and-softmax 12 756 (the heaviest
 * chapter); the cell gallery 1 267; home 76; 404 77. On 2026-11-29, with the exercises (issue 16)
 * and the Korean edition (issue 17): /book/ 29 541, /ko/book/ 29 889 (its math rewritten with
 * symbols where the English had words), affine-and-softmax 13 139 and 13 448 in Korean. */
const CEILINGS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^\/(ko\/)?book\/$/, 32_000],
  [/^\/(ko\/)?chapters\//, 15_000],
  // The cell gallery, built only with BP_TEST_FIXTURES: every cell on one page.
  [/^\/dev\//, 2_000],
  // The glossary (both editions): two tables of every term, 521 elements in Korean.
  [/^\/(ko\/)?glossary\/$/, 800],
  // Home, 404 and any page of chrome and prose alone.
  [/.*/, 500],
];

const ceilingFor = (path: string): number => CEILINGS.find(([re]) => re.test(path))![1];

const pages = distPages();

test('every built page has a DOM ceiling, and the book is among them', () => {
  expect(pages).toContain('/book/');
  for (const p of pages) expect(ceilingFor(p)).toBeGreaterThan(0);
});

for (const path of pages) {
  test(`${path}: DOM ≤ ${ceilingFor(path).toLocaleString('en')} elements`, async ({ page }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.readyState === 'complete');
    const count = await page.evaluate(() => document.getElementsByTagName('*').length);
    test.info().annotations.push({ type: `DOM ${path}`, description: `${count} elements` });
    console.log(`DOM ${path}: ${count} elements (ceiling ${ceilingFor(path)})`);
    expect(count).toBeLessThanOrEqual(ceilingFor(path));
  });
}
