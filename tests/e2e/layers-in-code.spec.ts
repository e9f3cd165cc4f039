import { expect, test, type Page } from '@playwright/test';
import { SHOPPING_GRADIENTS, SHOPPING_LABELS } from './support/shopping';

const URL = '/chapters/layers-in-code/';

/** The run-output row for a returned name, e.g. "dTax". */
const outputRow = (page: Page, name: string) =>
  page.locator('#shopping-run .run-output tr', { has: page.locator(`code:text-is("${name}")`) });

test('the built HTML shows every reference value without JavaScript', async ({ request }) => {
  const html = await (await request.get(URL)).text();
  for (const label of SHOPPING_LABELS) expect(html).toContain(`>${label}<`);
  for (const exact of ['715.0000000000001', '110.00000000000001', '3.3000000000000003']) {
    expect(html).toContain(exact);
  }
  for (const name of ['price', 'dApple', 'dApple_num', 'dOrange', 'dOrange_num', 'dTax']) {
    expect(html).toContain(`<code>${name}</code>`);
  }
  const rounded = /<td>(?:<[^>]+>)*([^<]+)/g;
  const shown = [...html.matchAll(rounded)].map((m) => m[1]);
  for (const v of ['715', ...SHOPPING_GRADIENTS]) expect(shown).toContain(v);
  // The listings are the real source, tagged by node.
  const text = html.replace(/<[^>]+>/g, '');
  expect(text).toContain('export class MulLayer');
  expect(text).toContain('export class AddLayer');
  expect(text).toContain('const mulApple = new MulLayer(); // ① apple price × count');
});

test('editing the apple price reruns the function: payment 759, dTax 690', async ({ page }) => {
  await page.goto(URL);
  const cell = page.locator('#shopping-run');
  await cell.getByLabel('Apple price').fill('120');
  await expect(outputRow(page, 'price')).toContainText('759');
  await expect(outputRow(page, 'dTax')).toContainText('690');
  await expect(outputRow(page, 'dApple')).toContainText('2.2');
});

test('tax 1.15 shows the truncation trap: 114.99999999999999 truncates to 114', async ({
  page,
}) => {
  await page.goto(URL);
  await page.locator('#shopping-run').getByLabel('Tax').fill('1.15');
  const row = outputRow(page, 'dApple_num');
  await expect(row).toContainText('114.99999999999999');
  await expect(row.locator('td').first()).toHaveText('115');
  await expect(row.locator('td').last()).toHaveText('114');
});

test('a bad input shows a message beside it and keeps the last result', async ({ page }) => {
  await page.goto(URL);
  const input = page.locator('#shopping-run').getByLabel('Number of oranges');
  await input.fill('abc');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#shopping-run')).toContainText('not a number');
  await expect(outputRow(page, 'price')).toContainText('715');
});
