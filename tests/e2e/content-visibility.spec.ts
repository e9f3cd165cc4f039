// Off-screen prose is not rendered until it comes near the viewport (src/styles/perf.css), and
// nothing a reader relies on notices: print lays out everything, find-in-page and anchors reach
// text far down, and a block's height is its real height once it has been seen.
import { test, expect, type Page } from '@playwright/test';
import { distPages } from './support/dist';

const BOOK = '/book/';
const heaviestChapter = '/chapters/affine-and-softmax/';

/** Formulas on the page, and how many of them the browser renders (not skipped by containment). */
async function renderedFormulas(page: Page): Promise<{ all: number; rendered: number }> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('.katex')];
    const rendered = all.filter((el) => el.checkVisibility({ contentVisibilityAuto: true }));
    return { all: all.length, rendered: rendered.length };
  });
}

test.use({ viewport: { width: 412, height: 823 } });

for (const path of [BOOK, heaviestChapter]) {
  test(`${path}: formulas far below the first screen are not rendered at load`, async ({
    page,
  }) => {
    expect(distPages()).toContain(path);
    await page.goto(path, { waitUntil: 'networkidle' });
    const { all, rendered } = await renderedFormulas(page);
    console.log(`${path}: ${rendered} of ${all} formulas rendered at load`);
    expect(all).toBeGreaterThan(100);
    expect(rendered).toBeLessThan(all / 4);
  });

  test(`${path}: print renders every formula`, async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(path, { waitUntil: 'networkidle' });
    const { all, rendered } = await renderedFormulas(page);
    expect(rendered).toBe(all);
  });
}

test('find-in-page reaches text at the end of the whole book', async ({ page }) => {
  await page.goto(BOOK, { waitUntil: 'networkidle' });
  // The last paragraph of the last chapter: skipped at load, still found and scrolled to.
  const last = page.locator('.book-chapter').last().locator('.prose > p').last();
  const words = ((await last.textContent()) ?? '').trim().split(/\s+/).slice(0, 6).join(' ');
  expect(words.length).toBeGreaterThan(10);
  expect(
    await page.evaluate((w) => (window as unknown as { find(s: string): boolean }).find(w), words),
  ).toBe(true);
  await expect(last).toBeInViewport();
});

test('an anchor far down the page lands on its heading, which stays put', async ({ page }) => {
  await page.goto(heaviestChapter, { waitUntil: 'networkidle' });
  const id = await page.locator('.prose > .heading-wrap > h2[id]').last().getAttribute('id');
  await page.goto(`${heaviestChapter}#${id}`, { waitUntil: 'networkidle' });
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(top)).toBeLessThan(80);
});

/**
 * Opens `path#id` in a fresh page (a cold link) and returns where the heading is once settled:
 * its top, or 0 when the page is scrolled to its end with the heading in view (it can go no higher).
 */
async function coldHeadingTop(page: Page, path: string, id: string): Promise<number> {
  const cold = await page.context().newPage();
  await cold.goto(`${path}#${id}`, { waitUntil: 'networkidle' });
  await cold.waitForTimeout(1500); // what upgrades near the heading has upgraded by now
  const top = await cold.locator(`[id="${id}"]`).evaluate((el) => {
    const y = el.getBoundingClientRect().top;
    const end = scrollY >= document.documentElement.scrollHeight - innerHeight - 1;
    return end && y >= 0 && y < innerHeight ? 0 : y;
  });
  await cold.close();
  return top;
}

// Widgets above a heading (cells, the check, the trainer, the pad) upgrade after the jump and
// blocks render for the first time; the heading must land and stay, with no input from the reader.
for (const path of distPages().filter((p) => p.startsWith('/chapters/'))) {
  test(`${path}: a cold link to the last section lands on it and it stays put`, async ({
    page,
  }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    const id = (await page.locator('.prose > .heading-wrap > h2[id]').last().getAttribute('id'))!;
    const top = await coldHeadingTop(page, path, id);
    expect(top).toBeGreaterThan(-2);
    expect(top).toBeLessThan(80);
  });
}

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  // The widest layout moves most: the trainer's charts and the pad sit beside each other there.
  test('every cold section link of chapter 7 lands on its heading', async ({ page }) => {
    const path = '/chapters/two-layer-network/';
    await page.goto(path, { waitUntil: 'networkidle' });
    const ids = await page
      .locator('.prose > .heading-wrap > h2[id]')
      .evaluateAll((els) => els.map((el) => el.id));
    const off: string[] = [];
    for (const id of ids.slice(0, -1)) {
      const top = await coldHeadingTop(page, path, id);
      if (top < -2 || top > 40) off.push(`${id} at ${Math.round(top)} px`);
    }
    expect(ids.length).toBeGreaterThan(3);
    expect(off).toEqual([]);
  });
});

test.describe('the whole book skips each chapter body until it comes near', () => {
  test('at load, only the first chapter is rendered; the heads of all are', async ({ page }) => {
    await page.goto(BOOK, { waitUntil: 'networkidle' });
    const states = await page.locator('.book-chapter').evaluateAll((chapters) =>
      chapters.map((c) => ({
        head: c.querySelector('h1, h2')!.checkVisibility({ contentVisibilityAuto: true }),
        // a heading: never a unit of its own (styles/perf.css), so only the chapter skips it
        body: c.querySelector('.prose h2')!.checkVisibility({ contentVisibilityAuto: true }),
      })),
    );
    expect(states.length).toBeGreaterThan(5);
    expect(states.every((s) => s.head)).toBe(true);
    expect(states.slice(2).some((s) => s.body)).toBe(false);
  });

  test('a link from the contents lands on the last chapter, which stays put', async ({ page }) => {
    await page.goto(BOOK, { waitUntil: 'networkidle' });
    const last = page.locator('.book-chapter').last();
    const id = await last.getAttribute('id');
    await page.locator(`.book-contents a[href$="#${id}"]`).click();
    await expect(last.locator('h1, h2').first()).toBeInViewport();
    await page.waitForTimeout(500); // chapters rendering around it must not move it
    const top = await last.evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(120);
  });

  test('an anchor deep in the last chapter lands on its heading', async ({ page }) => {
    await page.goto(BOOK, { waitUntil: 'networkidle' });
    const heading = page
      .locator('.book-chapter')
      .last()
      .locator('.prose > .heading-wrap > h2[id]')
      .last();
    const id = await heading.getAttribute('id');
    await page.goto(`${BOOK}#${id}`, { waitUntil: 'networkidle' });
    await expect(heading).toBeInViewport();
  });

  test('a wide equation in a late chapter becomes a named region once shown (360 px)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(BOOK, { waitUntil: 'networkidle' });
    // The last display equation of the book wider than the screen, in a chapter skipped at load.
    const index = await page
      .locator('.book-chapter .katex-display')
      .evaluateAll((els) =>
        els.findLastIndex((el) => el.querySelector('.katex-html')!.scrollWidth > 360),
      );
    expect(index).toBeGreaterThanOrEqual(0);
    const equation = page.locator('.book-chapter .katex-display').nth(index);
    expect(
      await equation.evaluate(
        (el) =>
          !el.closest('.book-chapter')!.querySelector('.prose h2')!.checkVisibility({
            contentVisibilityAuto: true,
          }),
      ),
    ).toBe(true);
    await equation.scrollIntoViewIfNeeded();
    await expect(equation).toHaveAttribute('role', 'region');
    await expect(equation).toHaveAttribute('tabindex', '0');
  });
});
