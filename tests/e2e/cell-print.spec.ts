import { expect, test } from '@playwright/test';

test('print media shows the current values as a static figure, without controls', async ({
  page,
}) => {
  await page.goto('/chapters/computational-graphs/');
  const cell = page.locator('bp-shopping');
  await cell.getByLabel('Apple price').fill('120');
  await expect(cell.locator('.bp-result-forward')).toContainText('759');
  // On screen the cell has its controls, so the count below can fail.
  await expect(cell.getByRole('button', { name: 'Reset' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  // No control survives into print: not one button is exposed to the reader.
  await expect(cell.getByRole('button')).toHaveCount(0);
  for (const name of ['Reset', 'Step backward', 'Link to this state']) {
    await expect(cell.getByRole('button', { name })).toBeHidden();
  }
  const border = await cell
    .getByLabel('Apple price')
    .evaluate((el) => getComputedStyle(el).borderTopStyle);
  expect(border).toBe('none');
  await expect(cell.getByLabel('Apple price')).toHaveValue('120');
  await expect(cell.locator('.bp-graph-svg')).toBeVisible();
  await expect(cell.locator('.bp-graph-svg')).toContainText('759');
  await expect(cell.locator('.bp-edge.bp-pending')).toHaveCount(0);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

// A dark screen once printed every cell a word a line wide: print's 100 % measure fell back to
// 0 px in the registered length the breakout layout caps cell text with.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`printed from a ${colorScheme} screen, a cell spans the page's text width`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/chapters/activation-layers/');
    await page.emulateMedia({ media: 'print', colorScheme });
    const widths = await page.evaluate(() => {
      const cell = document.querySelector('#relu')!;
      const prose = cell.closest('.prose')!;
      const title = cell.querySelector('.bp-cell-head')!;
      return { prose: prose.clientWidth, title: title.getBoundingClientRect().width };
    });
    expect(widths.title).toBeGreaterThan(widths.prose * 0.8);
  });
}
