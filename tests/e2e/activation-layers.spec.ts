import { test, expect, type Page } from '@playwright/test';
import { upgradeCell } from './support/cells';

const PATH = '/chapters/activation-layers/';

/** Waits until the cell's custom element has upgraded (its JS-only controls are shown). */
async function ready(page: Page, id: string): Promise<void> {
  await upgradeCell(page.locator(`#${id}`));
}

test.describe('activation layers chapter', () => {
  test('the static HTML has every default value, the plots and the listings, without JS', async ({
    request,
  }) => {
    const response = await request.get(PATH);
    expect(response.ok()).toBe(true);
    const html = await response.text();
    // Sigmoid at x = 1, dout = 1: y, and dx by both routes.
    expect(html).toContain('value="0.7310585786300049"');
    expect(html).toContain('value="0.19661193324148185"');
    expect(html).toContain('through the four nodes');
    // The primitive graph's nodes.
    for (const symbol of ['×(−1)', 'exp', '+1', '1/x']) expect(html).toContain(symbol);
    // ReLU: the mask caption and dx; the check's verdict.
    expect(html).toContain('mask: 1 where x ≤ 0');
    expect(html).toContain('The layer and the estimate agree.');
    // Four plots as static SVG, labelled groups given a role, markers drawn.
    expect(html.match(/<svg[^>]*class="bp-plot-svg"/g)).toHaveLength(4);
    expect(html).not.toMatch(/<g(?![^>]*role=)[^>]*aria-label=/);
    expect(html.match(/class="bp-plot-marker"/g)?.length).toBe(2 + 4 + 4);
    // The real sources.
    expect(html).toContain('Relu');
    expect(html).toContain('Sigmoid');
    expect(html).toContain('src/core/relu.ts');
    // No plotting library shipped to the page.
    expect(html).not.toMatch(/observablehq|@observablehq/);
  });

  test('sigmoid: x = 0 gives y = 0.5 and dx = 0.25 · dout, and the marker moves', async ({
    page,
  }) => {
    await page.goto(PATH);
    await ready(page, 'sigmoid');
    const cell = page.locator('#sigmoid');
    const marker = page.locator('[data-plot="sigmoid"] .bp-plot-marker');
    const before = await marker.getAttribute('cx');
    await cell.getByLabel('Upstream gradient dout').fill('3');
    await cell.getByLabel('Input x').fill('0');
    const outputs = cell.locator('.bp-outputs');
    await expect(outputs.locator('tr', { hasText: 'y = σ(x)' })).toContainText('0.5');
    await expect(outputs.locator('tr', { hasText: 'dout · y(1 − y)' })).toContainText('0.75');
    await expect(outputs.locator('tr', { hasText: 'through the four nodes' })).toContainText(
      '0.75',
    );
    // x = 0 sits in the middle of [−8, 8]: the middle of the plot's inner width.
    await expect(marker).not.toHaveAttribute('cx', before ?? '');
    await expect(marker).toHaveAttribute('cx', '172');
    await expect(page.locator('[data-plot="sigmoid-prime"] .bp-act-plot-where')).toContainText(
      'σ′(x) = 0.25',
    );
  });

  test('sigmoid: bad input keeps the last good result and says why', async ({ page }) => {
    await page.goto(PATH);
    await ready(page, 'sigmoid');
    const cell = page.locator('#sigmoid');
    const x = cell.getByLabel('Input x');
    await x.fill('abc');
    await expect(x).toHaveAttribute('aria-invalid', 'true');
    await expect(cell.locator('#sigmoid-x-error')).toContainText('not a number');
    await expect(cell.locator('.bp-outputs')).toContainText('0.731');
    await x.fill('1e309');
    await expect(cell.locator('#sigmoid-x-error')).toContainText('too large');
    await x.fill('-1000');
    await expect(cell.locator('.bp-outputs')).toContainText('overflowed');
  });

  test('ReLU: an entry at exactly 0 shows the kink in the gradient check', async ({ page }) => {
    await page.goto(PATH);
    await ready(page, 'relu');
    const cell = page.locator('#relu');
    await cell.getByLabel('Input x, row 1, column 2').fill('0');
    await cell.getByLabel('Upstream gradient dout, row 1, column 2').fill('4');
    const check = cell.locator('.bp-act-check');
    await expect(check).toContainText('kink');
    // Central difference at the corner: half of dout.
    await expect(check.locator('table').first()).toContainText('2');
    await expect(cell.locator('.bp-act-backward')).toContainText('0');
  });

  test('ReLU: a dout of another shape is refused beside dout, keeping the result', async ({
    page,
  }) => {
    await page.goto(PATH);
    await ready(page, 'relu');
    const cell = page.locator('#relu');
    await cell.locator('[data-field="x"]').getByRole('button', { name: 'Add row' }).click();
    await cell.getByLabel('Input x, row 3, column 1').fill('5');
    await cell.getByLabel('Input x, row 3, column 2').fill('-5');
    await expect(cell.locator('#relu-dout-error')).toContainText('(2 × 2)');
    await expect(cell.locator('.bp-outputs')).toContainText('agree');
    // The plots keep the last good inputs (four dots) until the shapes fit again.
    const dots = page.locator('[data-plot="relu"] .bp-plot-marker');
    await expect(dots).toHaveCount(4);
    await cell.locator('[data-field="dout"]').getByRole('button', { name: 'Add row' }).click();
    await cell.getByLabel('Upstream gradient dout, row 3, column 1').fill('1');
    await cell.getByLabel('Upstream gradient dout, row 3, column 2').fill('1');
    await expect(cell.locator('#relu-dout-error')).toBeEmpty();
    await expect(dots).toHaveCount(6);
    // x = 5 and −5 lie beyond the plot's [−4, 4]: pinned to the edges, drawn hollow.
    await expect(page.locator('[data-plot="relu"] .bp-plot-marker.is-clamped')).toHaveCount(2);
  });

  test('in print the plots are SVG and every value is there', async ({ page }) => {
    await page.goto(PATH);
    await page.emulateMedia({ media: 'print' });
    const plots = page.locator('.bp-plot-svg');
    await expect(plots).toHaveCount(4);
    for (const svg of await plots.all()) await expect(svg).toBeVisible();
    await expect(page.locator('#sigmoid .bp-outputs')).toContainText('0.1966');
  });
});
