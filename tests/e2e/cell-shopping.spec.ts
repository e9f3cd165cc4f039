import { expect, test } from '@playwright/test';
import { upgradeCell } from './support/cells';

const CHAPTER = '/chapters/computational-graphs/';

test.describe('the shopping cell', () => {
  test('is complete without JavaScript: values, graph and table, no dead buttons', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(CHAPTER);
    const cell = page.locator('bp-shopping');
    await expect(cell.getByLabel('Apple price')).toHaveValue('100');
    await expect(cell.locator('.bp-outputs')).toContainText('715');
    await expect(cell.locator('.bp-graph-svg')).toContainText('650');
    await expect(cell.getByRole('button')).toHaveCount(0);
    await context.close();
  });

  test('recomputes as the reader types: apple price 120 → payment 759, tax gradient 690', async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    const cell = page.locator('bp-shopping');
    await upgradeCell(cell);
    await expect(cell.getByRole('button', { name: 'Reset' })).toBeVisible();
    await cell.getByLabel('Apple price').fill('120');
    const forward = cell.locator('.bp-result-forward');
    await expect(forward).toContainText('759');
    const taxRow = cell.getByRole('row', { name: /∂payment\/∂tax/ });
    await expect(taxRow).toContainText('690');
    await expect(cell.locator('.bp-graph-svg')).toContainText('759');
    await expect(cell.getByRole('status')).toHaveText(/Payment 759\. Gradients: .*tax 690\./);
  });

  for (const [bad, message] of [
    ['', /Enter a number/],
    ['abc', /not a number/],
    ['1,5', /Use a point for decimals/],
    ['0x10', /decimal/],
    ['1e309', /too large/],
    ['NaN', /not a finite number/],
    ['Infinity', /not a finite number/],
  ] as const) {
    test(`refuses ${JSON.stringify(bad)} beside the input and keeps the last result`, async ({
      page,
    }) => {
      await page.goto(CHAPTER);
      const cell = page.locator('bp-shopping');
      const input = cell.getByLabel('Number of oranges');
      await input.fill('4'); // a last good result that differs from the build-time one
      await expect(cell.locator('.bp-result-forward')).toContainText('880');
      await input.fill(bad);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      await expect(input).toHaveAccessibleDescription(message);
      await expect(cell.locator('.bp-stale-note')).toBeVisible();
      await expect(cell.locator('.bp-result-forward')).toContainText('880');
      await input.fill('3');
      await expect(input).not.toHaveAttribute('aria-invalid');
      await expect(cell.locator('.bp-stale-note')).toBeHidden();
      await expect(cell.locator('.bp-result-forward')).toContainText('715');
    });
  }

  test('↑/↓ nudge by the step, Shift by ten steps; Reset restores the book’s values', async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    const cell = page.locator('bp-shopping');
    // Nudges are the element's: wait until it has upgraded (its JS-only controls show).
    await upgradeCell(cell);
    await expect(cell.getByRole('button', { name: 'Reset' })).toBeVisible();
    const apples = cell.getByLabel('Number of apples');
    await apples.press('ArrowUp');
    await expect(apples).toHaveValue('3');
    await apples.press('Shift+ArrowDown');
    await expect(apples).toHaveValue('-7');
    const tax = cell.getByLabel('Tax');
    await tax.press('ArrowUp');
    await expect(tax).toHaveValue('1.11');
    await cell.getByRole('button', { name: 'Reset' }).click();
    await expect(apples).toHaveValue('2');
    await expect(tax).toHaveValue('1.1');
    await expect(cell.locator('.bp-result-forward')).toContainText('715');
  });

  test('offers the exact value of a rounded number on hover and through “Exact digits”', async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    await upgradeCell(page.locator('bp-shopping'));
    const num = page.locator('bp-shopping .bp-result-backward data', { hasText: '3.3' });
    await expect(num).toHaveAttribute('value', '3.3000000000000003');
    await expect(num).toHaveAttribute('title', 'exact: 3.3000000000000003');
    // Not a tab stop: one button per cell shows every exact value instead.
    await expect(num).not.toHaveAttribute('tabindex');
    await expect(num).toHaveText('3.3', { useInnerText: true });
    await page.locator('bp-shopping').getByRole('button', { name: 'Exact digits' }).click();
    await expect(num).toHaveText('3.3000000000000003', { useInnerText: true });
  });
});
