import { expect, test } from '@playwright/test';
import { upgradeCell } from './support/cells';

const CHAPTER = '/chapters/computational-graphs/';

test('“Link to this state” writes the inputs into the URL, and loading it restores them', async ({
  page,
}) => {
  await page.goto(CHAPTER);
  const cell = page.locator('bp-shopping');
  await cell.getByLabel('Apple price').fill('120');
  await cell.getByLabel('Tax').fill('1.08');
  await cell.getByRole('button', { name: 'Link to this state' }).click();
  await expect(cell.locator('.bp-link-note')).toContainText('links to this state');
  const url = page.url();
  // Only the inputs that differ from the book's values go into the link.
  expect(new URL(url).hash).toBe('#shopping:applePrice=120&tax=1.08');
  const other = await page.context().newPage();
  await other.goto(url);
  const restored = other.locator('bp-shopping');
  await expect(restored.getByLabel('Apple price')).toHaveValue('120');
  await expect(restored.getByLabel('Tax')).toHaveValue('1.08');
  await expect(restored.locator('.bp-result-forward')).toContainText('745.2');
  await restored.getByRole('button', { name: 'Reset' }).click();
  await expect(restored.getByLabel('Apple price')).toHaveValue('100');
  expect(new URL(other.url()).hash).toBe('');
});

for (const hash of [
  '#shopping:applePrice=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '#shopping:applePrice=1e309',
  '#shopping:evil=1',
  '#shopping:applePrice=1&applePrice=2',
  '#shopping:applePrice=%E0%A4%A',
]) {
  test(`refuses malformed state ${hash} with a note and keeps the book’s values`, async ({
    page,
  }) => {
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.goto(`${CHAPTER}${hash}`);
    const cell = page.locator('bp-shopping');
    await expect(cell.locator('.bp-message')).toContainText('were ignored because');
    await expect(cell.getByLabel('Apple price')).toHaveValue('100');
    await expect(cell.locator('.bp-result-forward')).toContainText('715');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialog).toBe(false);
  });
}

test('a hash for another cell or a plain anchor leaves the cell alone', async ({ page }) => {
  await page.goto(`${CHAPTER}#other:x=1`);
  const cell = page.locator('bp-shopping');
  await upgradeCell(cell);
  await expect(cell.getByRole('button', { name: 'Reset' })).toBeVisible();
  await expect(cell.locator('.bp-message')).toBeHidden();
});
