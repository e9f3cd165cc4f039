import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { A4_CONTENT_PX, chapterPaths, pageBrightness, pdfPages, plain } from './print-helpers';

/** Elements wider than the text block, in print media at the A4 text width. */
async function tooWide(page: Page): Promise<string[]> {
  return page.evaluate((limit) => {
    const sel =
      'pre, figure, svg, img, table, .katex-display, .bp-cell, .bp-graph-canvas, .bp-plot, .prose > *';
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(el).display === 'none') continue;
      // Clipped content counts too: a scroll box prints only what fits.
      const clipped = el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0;
      if (box.left < -0.5 || box.right > limit + 0.5 || clipped) {
        const what = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
        out.push(
          `${what} [${Math.round(box.left)}, ${Math.round(box.right)}] ${clipped ? 'clipped' : ''}`,
        );
      }
    }
    if (document.documentElement.scrollWidth > limit + 0.5) {
      out.push(`page scrollWidth ${document.documentElement.scrollWidth}`);
    }
    return out;
  }, A4_CONTENT_PX);
}

for (const path of [...chapterPaths(), '/book/', ...chapterPaths('ko'), '/ko/book/']) {
  test(`${path}: in print, nothing is wider than an A4 page's text block`, async ({ page }) => {
    if (path.endsWith('book/')) test.slow();
    await page.setViewportSize({ width: A4_CONTENT_PX, height: 900 });
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    expect(await tooWide(page)).toEqual([]);
  });
}

test('print hides the site chrome and shows answers, links and code in full', async ({ page }) => {
  const path = chapterPaths()[0]!;
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.site-header', '.sidebar', '.toc', '.prev-next', '.skip-link', 'button']) {
    for (const el of await page.locator(sel).all()) await expect(el).toBeHidden();
  }
  // The chapter's own answers (an exercise's working is left out on purpose: printed answers
  // come at the chapter's end).
  const details = page.locator('.prose > details');
  for (const d of await details.all()) {
    const body = d.locator(':scope > :not(summary)').first();
    await expect(body).toBeVisible();
  }
  const pre = page.locator('.prose pre').first();
  if (await pre.count()) {
    expect(await pre.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
  }
});

test('print opens closed <details> before printing and closes them after', async ({ page }) => {
  await page.goto(chapterPaths()[0]!);
  await page.evaluate(() => {
    const d = document.createElement('details');
    d.id = 'print-probe';
    d.innerHTML = '<summary>Answer</summary><p>Forty-two</p>';
    document.querySelector('.prose')?.append(d);
  });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  expect(await page.locator('#print-probe').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
    true,
  );
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  expect(await page.locator('#print-probe').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
    false,
  );
});

test('a chapter printed from dark mode is light, with the values the reader entered', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('bp-theme', 'dark'));
  await page.goto('/chapters/computational-graphs/');
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  const cell = page.locator('bp-shopping');
  await cell.getByLabel('Apple price').fill('120');
  await expect(cell.locator('.bp-result-forward')).toContainText('759');
  // The field typed into still has the focus: in print it has no focus ring.
  const apple = cell.getByLabel('Apple price');
  await apple.press('ArrowLeft'); // a key press makes the focus :focus-visible, as typing does
  await page.emulateMedia({ media: 'print' });
  expect(await apple.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
  expect(await apple.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
  await page.emulateMedia({ media: null });
  const dir = mkdtempSync(join(tmpdir(), 'bp-print-'));
  const file = join(dir, 'chapter.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const pages = pdfPages(file);
  const text = plain(pages.join(' '));
  expect(text).toMatch(/\b759\b/);
  expect(text).toMatch(/\b120\b/);
  expect(text).not.toMatch(/Link to this state|Show as table|Show full backward pass/);
  for (let p = 1; p <= pages.length; p++) expect(pageBrightness(file, p)).toBeGreaterThan(225);
});

test('a graph the reader stepped prints as stepped; otherwise the full backward pass', async ({
  page,
}) => {
  await page.goto('/chapters/computational-graphs/');
  const cell = page.locator('bp-shopping');
  await page.emulateMedia({ media: 'print' });
  await expect(cell.locator('.bp-edge.bp-pending')).toHaveCount(0);
  await page.emulateMedia({ media: 'screen' });
  await cell.getByRole('button', { name: 'Step backward' }).click();
  await page.emulateMedia({ media: 'print' });
  expect(await cell.locator('.bp-edge.bp-pending').count()).toBeGreaterThan(0);
  await expect(cell.locator('.bp-step-panel')).toBeVisible();
});

test('a "download PDF" link appears only when the site serves the PDF', async ({
  page,
  request,
}) => {
  for (const path of ['/', '/book/']) {
    await page.goto(path);
    const links = page.getByRole('link', { name: /download the whole book as PDF/ });
    if ((await links.count()) === 0) continue;
    const pdf = await request.get('/backprop-by-hand.pdf');
    expect(pdf.ok()).toBe(true);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }
  await page.goto('/');
  await page.getByRole('link', { name: 'The whole book on one page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backprop by Hand' })).toBeVisible();
});

test('the whole-book page has unique ids, and its cells still compute', async ({ page }) => {
  test.slow();
  const html = readFileSync('dist/book/index.html', 'utf8');
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  const dupes = ids.filter((id) => (seen.has(id!) ? true : (seen.add(id!), false)));
  expect(dupes).toEqual([]);
  await page.goto('/book/');
  const cell = page.locator('#computational-graphs--shopping');
  // Its fields sleep until it comes near (scripts/lib/dormant-controls.mjs), as a reader's would.
  await cell.scrollIntoViewIfNeeded();
  await expect(cell).toHaveClass(/bp-upgraded/);
  await cell.getByLabel('Apple price').fill('120');
  await expect(cell.locator('.bp-result-forward')).toContainText('759');
  await expect(cell.locator('.bp-graph-svg')).toContainText('759');
});
