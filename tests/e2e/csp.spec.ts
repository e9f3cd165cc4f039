// The Content-Security-Policy (scripts/lib/csp.mjs) on the built book. Every page carries its
// meta policy first in <head>; no page raises a violation in either theme while it is read, its
// cells are used (typed into, nudged, stepped, shown as a table) and search runs; the same holds
// with the policy sent as an HTTP header (serve-dist's cspHeader, Pagefind's worker included); and
// the listener is shown to catch a violation, so that a quiet run means something.
import { test, expect, type Page } from '@playwright/test';
import { DIST, distPages, isWholeBook, readDist } from './support/dist';
import { cellsOn, upgradeAllCells } from './support/cells';
import { en } from '../../src/messages/en/index';
import { ko } from '../../src/messages/ko/index';
import { watchCsp } from './support/csp';
import { cspPolicy, inlineScripts, scriptHash, withCspMeta } from '../../scripts/lib/csp.mjs';
import { siteHeaderPolicy } from '../../scripts/lib/csp-site.mjs';
import { serveDist } from '../../scripts/lib/serve-dist.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pages = distPages();
test.describe.configure({ timeout: 120_000 });

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g;
const sources = (policy: string, directive: string): string[] =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === directive)
    ?.slice(1) ?? [];

test('every built page carries one CSP meta, first in <head>, allowing its inline scripts', () => {
  for (const path of pages) {
    const html = readDist(path);
    const metas = [...html.matchAll(META)];
    expect(metas, `CSP meta on ${path}`).toHaveLength(1);
    const meta = metas[0]!;
    expect(html.slice(0, meta.index), `before the CSP meta on ${path}`).toMatch(
      /^<!DOCTYPE html><html[^>]*>\s*<head>(<meta charset="utf-8">)?$/i,
    );
    const script = sources(meta[1]!, 'script-src');
    expect(script[0]).toBe("'self'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    for (const text of inlineScripts(html)) expect(script, path).toContain(scriptHash(text));
  }
});

test('the build writes the header policy to _headers, for every path', () => {
  const file = readFileSync(join(DIST, '_headers'), 'utf8');
  expect(file).toContain(`/*\n  Content-Security-Policy: ${siteHeaderPolicy(DIST)}\n`);
  expect(sources(siteHeaderPolicy(DIST), 'script-src')).toContain("'wasm-unsafe-eval'");
});

/**
 * Uses what a reader uses: every cell (type, nudge, step, table) unless `cells` is false, and the
 * search box.
 */
async function useThePage(
  page: Page,
  path: string,
  { cells: useCells = true } = {},
): Promise<void> {
  // The page's words: the Korean edition's buttons and search box carry Korean names.
  const words = path.startsWith('/ko/') ? ko : en;
  // Cells upgrade when they come near the viewport: bring each near, as a reader would.
  await upgradeAllCells(page);
  // The whole-book page repeats the chapters' cells and search box, each used on its own page.
  if (isWholeBook(path)) return;
  const cells = useCells ? cellsOn(path) : [];
  for (const { id } of cells) {
    const cell = page.locator(`[id="${id}"]`);
    const input = cell.locator('input[type="text"]:visible, input:not([type]):visible').first();
    if (await input.count()) {
      await input.press('End');
      await input.pressSequentially('5');
      await input.press('ArrowUp');
    }
    const step = cell.getByRole('button', { name: words['kit.stepBackward'] });
    if (await step.count()) await step.click();
    const table = cell.getByRole('button', { name: words['kit.showTable'] });
    if (await table.count()) await table.click();
  }
  await page
    .getByRole('searchbox', { name: words['search.label'] })
    .fill(words === ko ? '기울기' : 'gradient');
  // Pagefind loads its worker, WebAssembly and index on first use.
  await expect(page.locator('.search-list a').first()).toBeVisible({ timeout: 20_000 });
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme, meta policy`, () => {
    test.use({ colorScheme: theme });
    for (const path of pages) {
      test(`${path}: no CSP violation while reading, using cells and searching`, async ({
        page,
      }) => {
        if (isWholeBook(path)) test.slow();
        const csp = await watchCsp(page);
        await page.goto(path, { waitUntil: 'networkidle' });
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await useThePage(page, path);
        expect(await csp.violations(), `CSP violations on ${path} (${theme})`).toEqual([]);
      });
    }
  });
}

test('search works when Pagefind falls back from its worker to the main thread', async ({
  page,
}) => {
  // Pagefind gives its worker 5 s to start, then runs its WebAssembly on the page itself: a slow
  // phone, or a busy machine on the long book page, gets there. Forced here by refusing the worker.
  await page.route('**/pagefind-worker.js', (route) => route.abort());
  const csp = await watchCsp(page);
  await page.goto('/', { waitUntil: 'networkidle' });
  await page.getByRole('searchbox', { name: 'Search the book' }).fill('gradient');
  await expect(page.locator('.search-list a').first()).toBeVisible({ timeout: 20_000 });
  expect(await csp.violations()).toEqual([]);
});

test('printing a chapter to PDF, as `npm run pdf` does, raises no CSP violation', async ({
  page,
}) => {
  const chapter = pages.find((p) => p.startsWith('/chapters/') && cellsOn(p).length > 0)!;
  const csp = await watchCsp(page);
  await page.goto(chapter, { waitUntil: 'networkidle' });
  await upgradeAllCells(page);
  // The print support script (inline, hashed) opens every <details> before printing.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('details:not([open])')).toHaveCount(0);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(await csp.violations(), `CSP violations printing ${chapter}`).toEqual([]);
});

test.describe('policy sent as an HTTP header', () => {
  let origin = '';
  let close = async (): Promise<void> => {};
  test.beforeAll(async () => {
    const server = await serveDist({ dir: DIST, cspHeader: siteHeaderPolicy(DIST) });
    origin = server.origin;
    close = server.close;
  });
  test.afterAll(() => close());

  for (const path of pages) {
    test(`${path}: no CSP violation with the header (Pagefind's worker included)`, async ({
      page,
    }) => {
      if (isWholeBook(path)) test.slow();
      const csp = await watchCsp(page);
      const response = await page.goto(origin + path, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy']).toBe(siteHeaderPolicy(DIST));
      // The scripts are those of the meta run above; what the header adds is Pagefind's worker.
      await useThePage(page, path, { cells: false });
      expect(await csp.violations(), `CSP violations on ${path} (header)`).toEqual([]);
    });
  }
});

test.describe('the gates can fail', () => {
  test('an inline script whose hash is missing is blocked, and the listener reports it', async ({
    page,
    baseURL,
  }) => {
    const allowed = 'window.ranAllowed = true;';
    const missing = 'window.ranMissing = true;';
    const html = withCspMeta(
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>fixture</title>` +
        `<script>${allowed}</script><script>${missing}</script></head><body><p>fixture</p></body></html>`,
      cspPolicy({ hashes: [scriptHash(allowed)] }),
    );
    await page.route('**/csp-fixture/', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
    const csp = await watchCsp(page);
    await page.goto(new URL('/csp-fixture/', baseURL).href);
    // The hash our module computed is the one Chromium computes: the allowed script ran.
    expect(await page.evaluate(() => (window as { ranAllowed?: boolean }).ranAllowed)).toBe(true);
    expect(await page.evaluate(() => (window as { ranMissing?: boolean }).ranMissing)).toBe(
      undefined,
    );
    const found = await csp.violations();
    expect(found.filter((v) => v.startsWith('script-src-elem blocked inline'))).toHaveLength(1);
  });

  test('without wasm-unsafe-eval in the header, search breaks and the watch reports it', async ({
    page,
  }) => {
    const policy = siteHeaderPolicy(DIST).replace(" 'wasm-unsafe-eval'", '');
    const server = await serveDist({ dir: DIST, cspHeader: policy });
    try {
      const csp = await watchCsp(page);
      await page.goto(server.origin + '/', { waitUntil: 'networkidle' });
      await page.getByRole('searchbox', { name: 'Search the book' }).fill('gradient');
      await expect.poll(async () => (await csp.violations()).join('\n')).toMatch(/wasm/i);
      await expect(page.locator('.search-list a')).toHaveCount(0);
    } finally {
      await server.close();
    }
  });
});
