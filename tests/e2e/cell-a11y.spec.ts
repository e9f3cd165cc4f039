import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';
import { tabTo } from './support/keyboard';
import { upgradeAllCells, upgradeCell } from './support/cells';

for (const theme of ['light', 'dark'] as const) {
  for (const path of ['/chapters/computational-graphs/', '/dev/cells/']) {
    test(`axe finds nothing in the cells of ${path} (${theme})`, async ({ page }) => {
      test.setTimeout(120_000); // the gallery has 150 inputs; axe is slow on a shared machine
      await page.goto(path);
      await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
      await upgradeAllCells(page);
      // Exercise the states too: an invalid input, a step, the table shown.
      const first = page.locator('.bp-cell input[type="text"]').first();
      await first.fill('abc');
      const step = page.getByRole('button', { name: 'Step backward' }).first();
      if (await step.count()) await step.click();
      const table = page.getByRole('button', { name: 'Show as table' }).first();
      if (await table.count()) await table.click();
      expect(await axeViolations(page.locator('.bp-cell'))).toEqual([]);
    });
  }
}

test('keyboard only: tab to an input, type, step the graph, reset', async ({ page }) => {
  await page.goto('/chapters/computational-graphs/');
  const cell = page.locator('bp-shopping');
  await upgradeCell(cell);
  await expect(cell.getByRole('button', { name: 'Reset' })).toBeVisible();
  await cell.getByLabel('Apple price').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('120');
  await expect(cell.locator('.bp-result-forward')).toContainText('759');
  // Tab through the rest of the cell until the step button has focus.
  const step = cell.getByRole('button', { name: 'Step backward' });
  await tabTo(page, step);
  await expect(step).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cell.locator('.bp-step-panel')).toContainText('Step 1 of 4');
  const reset = cell.getByRole('button', { name: 'Reset' });
  await tabTo(page, reset);
  await expect(reset).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cell.getByLabel('Apple price')).toHaveValue('100');
});

test('reduced motion: no transitions on the graph', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/chapters/computational-graphs/');
  const circle = page.locator('bp-shopping .bp-node-op circle').first();
  // Polled: the upgrade may redraw the graph, detaching the first circle found.
  await expect
    .poll(() => circle.evaluate((el) => getComputedStyle(el).transitionDuration))
    .toBe('0s');
  await context.close();
});
