// Chapter 7 (part B): the whole-network gradient check live in Chromium, the browser reproducing
// the build-time training run, axe in both themes, and print showing the figures.
import { test, expect, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { capstoneRun } from '../../src/lib/capstone-run';
import { axeViolations } from './support/axe';

const PATH = '/chapters/two-layer-network/';

/** The check, upgraded: its switch is shown once the element has loaded. */
async function upgradedCheck(page: Page) {
  const check = page.locator('bp-network-check');
  await check.scrollIntoViewIfNeeded();
  await expect(check.getByRole('group', { name: /Break it/ })).toBeVisible({ timeout: 30_000 });
  return check;
}

test('without JS the page has the correct net’s check table and every figure', async ({
  request,
}) => {
  const html = await (await request.get(PATH)).text();
  // The chapter's own check (the exercises further down show checks of their own).
  const check = html.slice(html.indexOf('<bp-network-check'), html.indexOf('</bp-network-check>'));
  expect(check).toContain('Passed: every parameter agrees');
  expect(check.match(/<th scope="row">(W1|b1|W2|b2)<\/th>/g)).toHaveLength(4);
  expect(html).toContain('Numerical (central differences)');
  expect(html).toContain('src/core/net/two-layer-net.ts');
  // Loss, accuracy and regions for the spiral; digits; two comparisons.
  expect(html.match(/<svg class="bp-chart"/g)?.length).toBeGreaterThanOrEqual(6);
  expect(html.match(/<svg class="bp-regions"/g)?.length).toBeGreaterThanOrEqual(1);
  expect(html).not.toMatch(/>NaN<|>Infinity</);
});

test('the check runs in a worker and catches each planted bug, switched by keyboard', async ({
  page,
}) => {
  await page.goto(PATH);
  const check = await upgradedCheck(page);
  const outcome = check.locator('.bp-netcheck-outcome');
  await expect(check.locator('[data-timed-here]')).toBeVisible({ timeout: 30_000 });
  await expect(outcome).toHaveText(/^Passed/);
  await check.getByRole('radio', { name: /No bug/ }).focus();

  await page.keyboard.press('ArrowDown');
  await expect(check.getByRole('radio', { name: /wrong transpose/ })).toBeChecked();
  await expect(outcome).toHaveText(/^Caught by shape before any number was compared: dot: /, {
    timeout: 30_000,
  });
  await expect(check.locator('.bp-netcheck-table')).toHaveCount(0);
  // Backprop stopped, so it has no time; the numerical gradient still has one.
  await expect(check.locator('.bp-netcheck-times')).toContainText('stopped at the shape error');
  await expect(check.locator('.bp-netcheck-times')).toContainText(/Numerical.*\d ms/);

  await page.keyboard.press('ArrowDown');
  await expect(check.getByRole('radio', { name: /forgets its mask/ })).toBeChecked();
  await expect(outcome).toHaveText(/^Caught: (W1|b1)'s relative error is/, { timeout: 30_000 });
  // The mask only reaches the first layer: W2 and b2 still agree.
  await expect(check.locator('tr', { hasText: 'W2' })).toContainText('agree');
  await expect(check.locator('tr', { hasText: 'W1' })).toContainText('disagree');

  await page.keyboard.press('ArrowDown');
  await expect(check.getByRole('radio', { name: /no division by N/ })).toBeChecked();
  await expect(outcome).toHaveText(/^Caught: \w+'s relative error is 0\.5/, { timeout: 30_000 });
  await expect(check.locator('tbody tr.is-disagree')).toHaveCount(4);
  await expect(check.locator('[role="status"]')).toHaveText(/^Caught/);

  // Back to the listed network: it passes again, and both methods were timed.
  await page.keyboard.press('Home');
  await check.getByRole('radio', { name: /No bug/ }).check();
  await expect(outcome).toHaveText(/^Passed/, { timeout: 30_000 });
  await expect(check.locator('.bp-netcheck-times tbody tr')).toHaveCount(2);
  await expect(check.locator('.bp-netcheck-times')).not.toContainText(/NaN|Infinity/);
});

test('Chromium reproduces the build-time run’s first 100 losses to 1e-12', async ({ page }) => {
  // The build-time run, as the build made it (cached in node_modules/.cache by the build).
  const expected = capstoneRun().spiral.losses.slice(0, 100);
  expect(expected).toHaveLength(100);
  // The core's own training loop and data, bundled as they are; run in this page's Chromium.
  const bundle = await build({
    stdin: {
      contents: `import { toySplit } from './src/core/data/toy-sets';
        import { createTraining, DEFAULT_SETTINGS } from './src/core/net/training';
        const run = createTraining(toySplit('spiral'), DEFAULT_SETTINGS.spiral);
        globalThis.__losses = Array.from({ length: 100 }, () => run.step().loss);`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  const code = bundle.outputFiles[0]!.text;
  // A blank page: the chapter's CSP rightly refuses a script it did not ship.
  const blank = await page.context().newPage();
  await blank.setContent(`<script>${code}</script>`);
  const losses =
    (await blank.evaluate(() => (globalThis as { __losses?: number[] }).__losses)) ?? [];
  expect(losses).toHaveLength(100);
  const worst = Math.max(
    ...losses.map((l, i) => Math.abs(l - expected[i]!) / Math.abs(expected[i]!)),
  );
  console.log(`first 100 losses: largest relative difference ${worst}`);
  expect(worst).toBeLessThanOrEqual(1e-12);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the chapter in ${theme} mode, check upgraded`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(PATH);
    await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
    const check = await upgradedCheck(page);
    await expect(check.locator('[data-timed-here]')).toBeVisible({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('in print the figures are drawn, and the check shows its table without the switch', async ({
  page,
}) => {
  await page.goto(PATH);
  await page.emulateMedia({ media: 'print' });
  const figures = page.locator('figure.bp-capstone-figure');
  expect(await figures.count()).toBeGreaterThanOrEqual(3);
  for (const svg of await page.locator('figure.bp-capstone-figure svg').all()) {
    const box = await svg.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    expect(box?.height ?? 0).toBeGreaterThan(100);
    // Lines or regions really drawn: a path with data and a visible stroke or fill.
    const drawn = await svg.evaluate((el) =>
      [...el.querySelectorAll('path.bp-chart-line, path.bp-cells')].some((p) => {
        const s = getComputedStyle(p);
        return (
          (p.getAttribute('d') ?? '').length > 20 && (s.stroke !== 'none' || s.fill !== 'none')
        );
      }),
    );
    expect(drawn).toBe(true);
  }
  await expect(page.locator('bp-network-check .bp-netcheck-table')).toBeVisible();
  await expect(page.locator('bp-network-check fieldset')).toBeHidden();
});

test('at 320 px the chapter’s training charts draw their text at 10 px or more', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(PATH);
  const sizes = await page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('figure[data-run] svg.bp-chart')].map((svg) => {
      svg.scrollIntoView();
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const fonts = [...svg.querySelectorAll('text')].map((t) =>
        parseFloat(getComputedStyle(t).fontSize),
      );
      return Math.min(...fonts) * scale;
    }),
  );
  expect(sizes.length).toBeGreaterThanOrEqual(4);
  for (const size of sizes) expect(size).toBeGreaterThanOrEqual(10);
});
