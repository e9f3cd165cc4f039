import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';

const URL = '/chapters/why-backpropagation/';

test('without JavaScript the counts are there and no dead button shows', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(URL);
  const cell = page.locator('#gradient-cost');
  await expect(cell.getByLabel('Number of parameters')).toHaveValue('39760');
  await expect(cell).toContainText('79,520');
  await expect(page.getByRole('button', { name: 'Time both in this browser' })).toBeHidden();
  await expect(page.locator('bp-gradient-timing')).toContainText('needs JavaScript');
  await context.close();
});

test('the count recomputes and refuses fractions', async ({ page }) => {
  await page.goto(URL);
  const cell = page.locator('#gradient-cost');
  const input = cell.getByLabel('Number of parameters');
  await input.fill('1000000');
  await expect(cell.locator('.bp-outputs')).toContainText('2,000,000');
  await input.fill('2.5');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(cell).toContainText('whole number');
  await expect(cell.locator('.bp-outputs')).toContainText('2,000,000');
});

test('timing both methods in the browser gives two times that agree on the gradient', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(URL);
  await page.locator('#gradient-cost').getByLabel('Number of parameters').fill('50');
  await page.getByRole('button', { name: 'Time both in this browser' }).click();
  const table = page.locator('bp-gradient-timing table');
  await expect(table).toBeVisible({ timeout: 90_000 });
  await expect(table).toContainText('4 → 5 → 3 network (43 parameters, batch of 8)');
  await expect(table).toContainText('numerical gradient (86 forward passes)');
  const text = await table.innerText();
  const [, numerical] = /86 forward passes\)\s+([\d.,]+) ms/.exec(text) ?? [];
  const [, backprop] = /1 backward\)\s+([\d.,]+) ms/.exec(text) ?? [];
  expect(Number(numerical?.replace(/,/g, ''))).toBeGreaterThan(0);
  expect(Number(backprop?.replace(/,/g, ''))).toBeGreaterThan(0);
  const [, error] = /([\d.e-]+) \(relative\)/.exec(text) ?? [];
  expect(Number(error)).toBeLessThan(1e-6);
  await expect(page.locator('bp-gradient-timing [role="status"]')).toContainText('times faster');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in ${theme} mode, after a timing`, async ({ page }) => {
    test.setTimeout(180_000); // a page full of KaTeX is slow to audit on a shared machine
    await page.goto(URL);
    await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
    await page.locator('#gradient-cost').getByLabel('Number of parameters').fill('20');
    await page.getByRole('button', { name: 'Time both in this browser' }).click();
    await expect(page.locator('bp-gradient-timing table')).toBeVisible({ timeout: 60_000 });
    // The whole page, after a timing: the result table and status exist only in this state.
    expect(await axeViolations(page)).toEqual([]);
  });
}
