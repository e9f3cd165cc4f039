import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const URL = '/chapters/computational-graphs/';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const LABELS = ['Apple price', 'Number of apples', 'Orange price', 'Number of oranges', 'Tax'];

test('the built HTML shows the forward values, gradients and labels without JavaScript', async ({
  request,
}) => {
  const html = await (await request.get(URL)).text();
  const text = html.replace(/<[^>]+>/g, ' ');
  for (const v of ['200', '450', '650', '715', '2.2', '110', '3.3', '165'])
    expect(text).toContain(v);
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

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in ${theme} mode`, async ({ page }) => {
    test.setTimeout(180_000); // a page full of KaTeX is slow to audit on a shared machine
    await page.goto(URL);
    await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(result.violations).toEqual([]);
  });
}
