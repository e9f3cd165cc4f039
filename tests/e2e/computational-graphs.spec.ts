import { expect, test } from '@playwright/test';
import {
  SHOPPING_FORWARD,
  SHOPPING_GRADIENTS,
  SHOPPING_LABELS as LABELS,
  textOf,
} from './support/shopping';

const URL = '/chapters/computational-graphs/';

test('the built HTML shows the forward values, gradients and labels without JavaScript', async ({
  request,
}) => {
  const html = await (await request.get(URL)).text();
  const text = textOf(html);
  for (const v of [...SHOPPING_FORWARD, ...SHOPPING_GRADIENTS]) expect(text).toContain(v);
  for (const label of LABELS) expect(html).toContain(`>${label}</label>`);
  for (const h of ['Forward propagation', 'Local computation', 'Why graphs help', 'The question']) {
    expect(html).toContain(h);
  }
});

test('every input is found by the label the text uses, and edits recompute', async ({ page }) => {
  await page.goto(URL);
  const cell = page.locator('#shopping');
  for (const label of LABELS) await expect(cell.getByLabel(label, { exact: true })).toBeVisible();
  await cell.getByLabel('Apple price', { exact: true }).fill('120');
  await expect(cell.locator('.bp-outputs')).toContainText('759');
  await expect(cell.locator('.bp-outputs')).toContainText('690');
});
