// Gates over every page of the built book, in light and dark theme: accessibility (axe), no
// request leaving the origin, no console or page errors, and every internal link and #anchor
// resolving. Pages come from walking dist/, so a new chapter is gated without touching this file.
import { test, expect } from '@playwright/test';
import { axeViolations } from './support/axe';
import { upgradeAllCells } from './support/cells';
import { distFileFor, distPages, isNotFound, isWholeBook, readDist } from './support/dist';

const pages = distPages();
// axe over a long chapter takes seconds; more on a busy machine.
test.describe.configure({ timeout: 120_000 });
const hasId = (html: string, id: string): boolean =>
  html.includes(`id="${id}"`) || html.includes(`id=${id} `) || html.includes(`id=${id}>`);

test('the build has a home page and at least one chapter', () => {
  expect(pages).toContain('/');
  expect(pages.some((p) => p.startsWith('/chapters/'))).toBe(true);
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    for (const path of pages) {
      test(`${path} passes the gates`, async ({ page, baseURL }) => {
        // The whole book is one long page: give it the time of several.
        if (isWholeBook(path)) test.slow();
        const origin = new URL(baseURL!).origin;
        const offOrigin: string[] = [];
        const errors: string[] = [];
        page.on('request', (r) => {
          const url = new URL(r.url());
          if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin)
            offOrigin.push(r.url());
        });
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(`console: ${m.text()}`);
        });
        page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));

        await page.goto(path, { waitUntil: 'networkidle' });
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        // Cells upgrade as the reader comes near them: audit them upgraded, as a reader meets them.
        await upgradeAllCells(page);
        // Blocks never near the viewport are not rendered yet (content-visibility: auto, on
        // purpose; styles/perf.css): a listing taller than its placeholder height then overflows
        // its own background, and axe measures those lines against the page's. A reader sees each
        // block rendered, so audit them rendered.
        await page.evaluate(() => {
          for (const el of document.querySelectorAll<HTMLElement>('.prose *'))
            if (getComputedStyle(el).contentVisibility === 'auto')
              el.style.contentVisibility = 'visible';
        });

        // The whole-book page repeats every chapter, each gated on its own page: axe checks
        // the book's own markup (cover, contents) there, or one page would take minutes.
        const exclude = isWholeBook(path) ? '[data-book-ids]' : undefined;
        const found = await axeViolations(page, exclude ? { exclude } : {});
        expect(found, `axe violations on ${path} (${theme})`).toEqual([]);

        // Every internal link and #anchor resolves, to a file in dist/ and an id in that page.
        const hrefs = await page.$$eval('a[href]', (as) =>
          as.map((a) => (a as HTMLAnchorElement).href),
        );
        const broken: string[] = [];
        for (const href of new Set(hrefs)) {
          const url = new URL(href);
          if (url.origin !== origin) continue;
          if (!distFileFor(url.pathname)) {
            broken.push(`${href}: no page`);
            continue;
          }
          const id = decodeURIComponent(url.hash.slice(1));
          if (id && !hasId(readDist(url.pathname), id)) broken.push(`${href}: no #${id}`);
        }
        expect(broken, `broken links on ${path}`).toEqual([]);

        // One canonical URL, absolute (BP_SITE) and naming this page; none on the 404 page.
        const canonical = await page
          .locator('link[rel="canonical"]')
          .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
        if (isNotFound(path)) expect(canonical).toEqual([]);
        else {
          expect(canonical).toHaveLength(1);
          expect(canonical[0]).toMatch(/^https?:\/\//);
          expect(new URL(canonical[0]!).pathname).toBe(path);
        }

        expect(offOrigin, `requests leaving the origin from ${path}`).toEqual([]);
        expect(errors, `errors on ${path}`).toEqual([]);
      });
    }
  });
}
