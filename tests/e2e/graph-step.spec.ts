import { expect, test } from '@playwright/test';
import { upgradeCell } from './support/cells';

test('step backward visits every node, output first, then shows the full pass', async ({
  page,
}) => {
  await page.goto('/chapters/computational-graphs/');
  const cell = page.locator('bp-shopping');
  await upgradeCell(cell);
  const step = cell.getByRole('button', { name: 'Step backward' });
  const panel = cell.locator('.bp-step-panel');
  const expected = [
    ['④', /1 × 1\.1 = 1\.1.*1 × 650 = 650/],
    ['③', /1\.1 × 1 = 1\.1; .*1\.1 × 1 = 1\.1/],
    ['②', /to orange price: 1\.1 × 3 = 3\.3; to oranges: 1\.1 × 150 = 165/],
    ['①', /to apple price: 1\.1 × 2 = 2\.2; to apples: 1\.1 × 100 = 110/],
  ] as const;
  // Before stepping every gradient is shown.
  await expect(cell.locator('.bp-edge.bp-pending')).toHaveCount(0);
  for (const [i, [tag, product]] of expected.entries()) {
    await step.focus();
    await page.keyboard.press(i % 2 ? 'Space' : 'Enter');
    await expect(panel).toContainText(`Step ${i + 1} of 4`);
    await expect(panel).toContainText(tag);
    await expect(panel).toContainText(product);
    await expect(cell.locator('.bp-node.bp-current')).toHaveCount(1);
    await expect(cell.getByRole('status')).toContainText(`Step ${i + 1} of 4`);
  }
  await expect(cell.locator('.bp-edge.bp-pending')).toHaveCount(0);
  await step.click(); // wraps to the first step: only the output edges show gradients
  await expect(cell.locator('.bp-edge.bp-pending')).toHaveCount(6);
  await cell.getByRole('button', { name: 'Show full backward pass' }).click();
  await expect(panel).toBeHidden();
  await expect(cell.locator('.bp-edge.bp-pending')).toHaveCount(0);
  await expect(cell.locator('.bp-node.bp-current')).toHaveCount(0);
});

test('the edge table lists every edge and the toggle shows it', async ({ page }) => {
  await page.goto('/chapters/computational-graphs/');
  const cell = page.locator('bp-shopping');
  await upgradeCell(cell);
  const table = cell.getByRole('table', { name: /every edge/ });
  await expect(table.getByRole('row')).toHaveCount(10); // header + 9 edges
  await expect(table.getByRole('row').filter({ hasText: /^tax\s*multiply node ④/ })).toContainText(
    '650',
  );
  const toggle = cell.getByRole('button', { name: 'Show as table' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  expect((await table.boundingBox())!.width).toBeGreaterThan(100);
});

test('graph legible at 360 px: scrolls sideways in a focusable region', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/chapters/computational-graphs/');
  // Too narrow to read it scaled: the table shows first, the graph on request (issue 12).
  const cell = page.locator('bp-shopping');
  await upgradeCell(cell);
  await cell.getByRole('button', { name: /Show the graph/ }).click();
  const region = page.getByRole('region', { name: /computational graph/ });
  await region.focus();
  await expect(region).toBeFocused();
  const { scrollWidth, clientWidth } = await region.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  const bodyWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(bodyWidth).toBeLessThanOrEqual(360);
});
