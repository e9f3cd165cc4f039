import { expect, test } from '@playwright/test';
import { upgradeCell } from './support/cells';

const CHAIN = '/chapters/chain-rule/';
const SOFTMAX = '/chapters/affine-and-softmax/';

test.describe('a value used twice (chapter 3)', () => {
  test('shows both contributions and their sum without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(CHAIN);
    const cell = page.locator('bp-branch-sum');
    // No script runs, so the cell never upgrades: read the server-rendered table as it is.
    await cell.scrollIntoViewIfNeeded();
    await expect(cell).not.toHaveClass(/\bbp-upgraded\b/);
    await expect(cell.getByRole('row', { name: /along path ①/ })).toContainText('2');
    await expect(cell.getByRole('row', { name: /along path ②/ })).toContainText('5');
    await expect(cell.getByRole('row', { name: /sum: ∂L\/∂x/ })).toContainText('7');
    await expect(cell.locator('.bp-graph-svg')).toBeVisible();
    await context.close();
  });

  test('adds the two paths live: y = 4 sends 4, z = 5 sends 5, sum 9', async ({ page }) => {
    await page.goto(CHAIN);
    const cell = page.locator('bp-branch-sum');
    await upgradeCell(cell);
    await expect(cell.getByRole('button', { name: 'Reset' })).toBeVisible();
    await cell.getByLabel('y', { exact: true }).fill('4');
    await expect(cell.getByRole('row', { name: /along path ①/ })).toContainText('4');
    await expect(cell.getByRole('row', { name: /sum: ∂L\/∂x/ })).toContainText('9');
    await expect(cell.getByRole('row', { name: /central difference/ })).toContainText('9');
    await expect(cell.getByRole('status')).toHaveText('∂L/∂x: 4 + 5 = 9.');
  });

  test('refuses x = 1e308 beside the field and keeps the last good result, never NaN', async ({
    page,
  }) => {
    await page.goto(CHAIN);
    const cell = page.locator('bp-branch-sum');
    await upgradeCell(cell);
    await expect(cell.getByRole('button', { name: 'Reset' })).toBeVisible();
    await cell.getByLabel('x (used twice)').fill('1e308');
    await expect(cell).toContainText('between −1000000 and 1000000');
    await expect(cell.getByRole('row', { name: /sum: ∂L\/∂x/ })).toContainText('7');
    await expect(cell.locator('.bp-outputs')).not.toContainText(/NaN|Infinity/);
  });
});

test.describe('Softmax-with-Loss as a graph (chapter 6)', () => {
  test('agrees with y − t, live, and refuses a logit beyond 100', async ({ page }) => {
    await page.goto(SOFTMAX);
    const cell = page.locator('bp-softmax-loss-graph');
    await upgradeCell(cell);
    await expect(cell.getByRole('button', { name: 'Reset' })).toBeVisible();
    await cell.getByLabel('Logit a₀').fill('2');
    await cell.getByRole('radio', { name: /class 0/ }).check();
    // a = (2, 2.9, 4), class 0 true: y₀ ≈ 0.09218, so both gradients are y₀ − 1 ≈ −0.9078.
    const row = cell.locator('.bp-outputs').getByRole('row', { name: /^a₀/ });
    await expect(row.locator('td')).toHaveText(
      ['0.09218', '1', '-0.9078', '-0.9078', /^(0|-?\d(\.\d+)?e-1[5-9])$/],
      { useInnerText: true },
    );
    await expect(cell.getByRole('status')).toHaveText(/graph gradients equal y − t/);
    await cell.getByLabel('Logit a₁').fill('1000');
    await expect(cell).toContainText('between −100 and 100');
    await expect(cell.locator('.bp-outputs')).not.toContainText('NaN');
  });

  test('shows the index-label dx equal to the one-hot dx without JavaScript', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SOFTMAX);
    const table = page.getByTestId('index-labels-table');
    await expect(table.getByRole('row', { name: /^0, 2 / })).toContainText('-0.1317');
    const diffs = table.locator('tbody tr td:last-child');
    await expect(diffs).toHaveText(Array(6).fill('0'));
    await context.close();
  });
});

test.describe('the second edition reads without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Softmax-with-Loss graph shows y − t equal to the graph’s gradients', async ({
    page,
  }) => {
    await page.goto(SOFTMAX);
    const rows = page.locator('bp-softmax-loss-graph .bp-outputs').getByRole('row', {
      name: /^a[₀₁₂]/,
    });
    await expect(rows).toHaveCount(3);
    for (const row of await rows.all()) {
      const cells = await row.locator('td').allInnerTexts();
      // columns: y, t, ∂L/∂a through the graph, y − t, difference
      expect(cells[2], cells.join(' | ')).toBe(cells[3]);
      expect(Number(cells[2])).toBeCloseTo(Number(cells[0]) - Number(cells[1]), 3);
    }
  });

  test('the NumPy table maps the Python book’s idioms to ours', async ({ page }) => {
    await page.goto(SOFTMAX);
    const table = page.locator('#numpy-to-typescript');
    await expect(table).toContainText('np.dot');
    await expect(table).toContainText('.transpose()');
    await expect(table).toContainText('reshape');
  });

  test('the home page credits Saito’s chapter 5 and the study post', async ({ page }) => {
    await page.goto('/');
    const credits = page.locator('#credits').locator('..');
    await expect(credits).toContainText('Deep Learning from Scratch');
    await expect(credits).toContainText('Back Propagation');
    await expect(page.locator('[lang="ko"]').first()).toBeAttached();
  });
});
