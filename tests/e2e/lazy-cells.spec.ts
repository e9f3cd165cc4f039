// Cells upgrade lazily (issue 13): a cell's code loads when it comes near the viewport, a link
// to a cell's state restores it wherever it is, and a cell never seen costs nothing.
import { expect, test, type Page } from '@playwright/test';

// A phone, as Lighthouse mobile and the JS-at-load measure see the page.
test.use({ viewport: { width: 412, height: 823 } });

/** Every script the page fetches, by path. */
function scriptsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') seen.push(new URL(r.url()).pathname);
  });
  return seen;
}

test('a cell far below the first screen loads no cell code until the reader comes near it', async ({
  page,
}) => {
  const scripts = scriptsOf(page);
  await page.goto('/chapters/affine-and-softmax/', { waitUntil: 'networkidle' });
  const cell = page.locator('bp-affine');
  await expect(cell).not.toHaveClass(/bp-upgraded/);
  expect(
    scripts.filter((s) => /\/(affine|cell-element|define-cell|cell-upgrade)\./.test(s)),
  ).toEqual([]);
  await cell.scrollIntoViewIfNeeded();
  await expect(cell).toHaveClass(/bp-upgraded/);
  // The Fit button comes with the upgrade.
  await expect(cell.getByRole('button', { name: /Fit/ })).toBeVisible();
});

test('upgrading one cell leaves a far cell of the same kind asleep', async ({ page }) => {
  await page.goto('/book/', { waitUntil: 'networkidle' });
  const shopping = page.locator('bp-shopping');
  expect(await shopping.count()).toBeGreaterThanOrEqual(2);
  await shopping.first().scrollIntoViewIfNeeded();
  await expect(shopping.first()).toHaveClass(/bp-upgraded/);
  await expect(shopping.last()).not.toHaveClass(/bp-upgraded/);
  await shopping.last().scrollIntoViewIfNeeded();
  await expect(shopping.last()).toHaveClass(/bp-upgraded/);
});

test('a cold link to the state of a cell below the first screen restores it', async ({ page }) => {
  await page.goto('/chapters/computational-graphs/#shopping:applePrice=120&tax=1.08');
  const cell = page.locator('bp-shopping');
  // Below the first screen in the page (its offset, not its place on screen: the cold link
  // scrolls the cell into view, sooner or later).
  expect(await cell.evaluate((el) => el.getBoundingClientRect().top + scrollY)).toBeGreaterThan(
    823,
  );
  await expect(cell).toHaveClass(/bp-upgraded/);
  await expect(cell.getByLabel('Apple price')).toHaveValue('120');
  await expect(cell.locator('.bp-result-forward')).toContainText('745.2');
});

test('a later hash naming a sleeping cell upgrades and restores it', async ({ page }) => {
  await page.goto('/chapters/computational-graphs/', { waitUntil: 'networkidle' });
  const cell = page.locator('bp-shopping');
  await expect(cell).not.toHaveClass(/bp-upgraded/);
  await page.evaluate(() => (location.hash = '#shopping:applePrice=120&tax=1.08'));
  await expect(cell).toHaveClass(/bp-upgraded/);
  await expect(cell.getByLabel('Apple price')).toHaveValue('120');
  await expect(cell.locator('.bp-result-forward')).toContainText('745.2');
});

test('the plot markers follow a cell edited before the plots were ever near', async ({ page }) => {
  await page.goto('/chapters/activation-layers/', { waitUntil: 'networkidle' });
  const relu = page.locator('bp-relu');
  await relu.scrollIntoViewIfNeeded();
  await expect(relu).toHaveClass(/bp-upgraded/);
  const figure = page.locator('[data-bp-plots][data-cell="relu"]');
  const before = await figure.locator('.bp-act-plot-where').first().textContent();
  await relu.locator('input').first().fill('2.5');
  await expect(figure.locator('.bp-act-plot-where').first()).not.toHaveText(before ?? '');
  await expect(figure.locator('.bp-act-plot-where').first()).toContainText('2.5');
});
