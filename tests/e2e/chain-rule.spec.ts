import { expect, test } from '@playwright/test';
import { SHOPPING_FORWARD, SHOPPING_GRADIENTS, SHOPPING_LABELS, textOf } from './support/shopping';
import { upgradeCell } from './support/cells';

const URL = '/chapters/chain-rule/';

test('the built HTML shows every reference value without JavaScript', async ({ request }) => {
  const html = await (await request.get(URL)).text();
  const text = textOf(html);
  // the composite chain at x = 2
  for (const v of ['125', '75', '300']) expect(text).toMatch(new RegExp(`\\b${v}\\b`));
  // the shopping graph, the add node (200 + 450, dout 1.1) and the multiply node (100 × 2, dout 1.1)
  for (const v of [...SHOPPING_FORWARD, ...SHOPPING_GRADIENTS, '1.1']) expect(text).toContain(v);
  for (const label of SHOPPING_LABELS) expect(html).toContain(label);
});

test('the shopping graph recomputes: apple price 120 → payment 759, tax gradient 690', async ({
  page,
}) => {
  await page.goto(URL);
  const cell = page.locator('#shopping-backward');
  await cell.getByLabel('Apple price').fill('120');
  await expect(cell).toContainText('759');
  await expect(cell).toContainText('690');
});

test('the composite chain recomputes: x = 1 gives L = 8 and ∂L/∂x = 24', async ({ page }) => {
  await page.goto(URL);
  const cell = page.locator('#composite-chain');
  await cell.getByLabel('x', { exact: true }).fill('1');
  await expect(cell).toContainText('24');
  await expect(cell.locator('table').first()).toContainText('8');
});

test('stepping backward through the composite chain shows each product', async ({ page }) => {
  await page.goto(URL);
  const cell = page.locator('#composite-chain');
  await upgradeCell(cell);
  const step = cell.getByRole('button', { name: 'Step backward' });
  await step.click();
  await expect(cell.locator('.bp-step-panel')).toContainText('1 × 75 = 75');
  await step.click();
  await expect(cell.locator('.bp-step-panel')).toContainText('75 × 1 = 75');
  await step.click();
  await expect(cell.locator('.bp-step-panel')).toContainText('75 × 4 = 300');
});

test('the add node passes dout through; the multiply node swaps its inputs', async ({ page }) => {
  await page.goto(URL);
  const add = page.locator('#add-node');
  await add.getByLabel('x', { exact: true }).fill('999');
  await expect(add).toContainText('1449');
  await expect(add.locator('table').last()).toContainText('1.1');
  const mul = page.locator('#mul-node');
  await mul.getByLabel('y', { exact: true }).fill('5');
  await expect(mul.locator('table').last()).toContainText('5.5');
  await expect(mul.locator('table').last()).toContainText('110');
});
