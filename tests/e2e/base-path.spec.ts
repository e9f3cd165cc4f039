// The book deployed under a sub-path: a build made with BP_BASE (into BP_OUT), served under that
// path (playwright.config.ts), must work there. Every page loads with no failing request and none
// leaving the origin, every internal link and #anchor resolves under the base, the canonical URL
// names the page, search finds and links a chapter, cells upgrade. Skipped unless BP_BASE is set
// (scripts/test-all.mjs runs it after the main suite, on its own build).
import { test, expect } from '@playwright/test';
import { upgradeAllCells } from './support/cells';
import { distFileFor, distPages, isNotFound, readDist } from './support/dist';
import { watchCsp } from './support/csp';

const given = process.env['BP_BASE'];
const base = `/${(given ?? '').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const pages = given ? distPages() : [];
const hasId = (html: string, id: string): boolean =>
  html.includes(`id="${id}"`) || html.includes(`id=${id} `) || html.includes(`id=${id}>`);
/** A dist path ("/chapters/x/") as served under the base. */
const under = (path: string): string => base + path.replace(/^\//, '');

test.skip(!given, 'only with BP_BASE set, against a build made with it');
test.describe.configure({ timeout: 60_000 });

test('the base is a sub-path and the build has pages', () => {
  expect(base).not.toBe('/');
  expect(pages).toContain('/');
});

for (const path of pages) {
  test(`${under(path)} works under the base`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin)
        problems.push(`left the origin: ${r.url()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
    });
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    const csp = await watchCsp(page);

    expect(readDist(path), 'the CSP meta').toContain(
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'",
    );
    await page.goto(origin + under(path), { waitUntil: 'networkidle' });
    await upgradeAllCells(page);

    const hrefs = await page.$$eval('a[href]', (as) =>
      as.map((a) => (a as HTMLAnchorElement).href),
    );
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(base)) {
        problems.push(`${href}: outside ${base}`);
        continue;
      }
      const inDist = '/' + url.pathname.slice(base.length);
      if (!distFileFor(inDist)) {
        problems.push(`${href}: no page`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !hasId(readDist(inDist), id)) problems.push(`${href}: no #${id}`);
    }

    if (!isNotFound(path)) {
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(under(path));
    }
    expect(problems, `on ${under(path)}`).toEqual([]);
    expect(await csp.violations(), `CSP violations on ${under(path)}`).toEqual([]);
  });
}

test('search loads its index under the base and links a chapter there', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  await page.goto(origin + base, { waitUntil: 'networkidle' });
  await page.getByRole('searchbox', { name: 'Search the book' }).fill('central difference');
  const result = page.locator('.search-list a').first();
  await expect(result).toHaveAttribute('href', new RegExp(`^${base}chapters/`));
  const [response] = await Promise.all([page.waitForResponse(/\/chapters\//), result.click()]);
  expect(response.status()).toBe(200);
});

test('a cell upgrades under the base', async ({ page, baseURL }) => {
  const withCell = pages.find(
    (p) => p.startsWith('/chapters/') && readDist(p).includes('data-bp-cell'),
  );
  expect(withCell).toBeDefined();
  await page.goto(new URL(baseURL!).origin + under(withCell!));
  await page.locator('[data-bp-cell]').first().scrollIntoViewIfNeeded();
  await expect(page.locator('[data-bp-cell].bp-upgraded').first()).toBeVisible();
});

test('a missing page under the base gets the 404 page; outside it, nothing', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const missing = await page.goto(`${origin}${base}no-such-page/`);
  expect(missing?.status()).toBe(404);
  await expect(page.locator('main .chapter-list a').first()).toBeVisible();
  const outside = await page.goto(`${origin}/chapters/`);
  expect(outside?.status()).toBe(404);
});
