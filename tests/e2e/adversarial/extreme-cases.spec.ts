// The extreme-value cases issue 12 observed, one by one: each failed on the landed main.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { upgradeCell } from '../support/cells';

const NON_FINITE = /(^|[^\p{L}\p{N}])[-−+]?(NaN|Infinity)(?![\p{L}\p{N}])/u;

async function cell(page: Page, path: string, id: string): Promise<Locator> {
  await page.goto(path);
  const c = page.locator(`#${id}`);
  await upgradeCell(c);
  return c;
}

test('shopping: apple price 1e308 with tax 0 is refused beside Apple price; payment stays', async ({
  page,
}) => {
  const c = await cell(page, '/chapters/computational-graphs/', 'shopping');
  await c.getByLabel('Tax').fill('0');
  await expect(c).not.toHaveClass(/bp-stale/);
  const before = (await c.locator('.bp-outputs').textContent()) ?? '';
  await c.getByLabel('Apple price').fill('1e308');
  await expect(c).toHaveClass(/bp-stale/);
  await expect(c.locator('[data-field="applePrice"] .bp-field-error')).toContainText(
    'Apple price 1e308 makes a result overflow',
  );
  await expect(c.locator('.bp-outputs')).toHaveText(before);
  await expect(c.locator('.bp-graph')).not.toContainText(NON_FINITE);
});

for (const [id, dout] of [
  ['relu', 'dout, row 1, column 1'],
  ['sigmoid', 'Upstream gradient dout'],
] as const) {
  test(`${id}: dout 1e200 never prints a non-finite relative error beside "agree"`, async ({
    page,
  }) => {
    const c = await cell(page, '/chapters/activation-layers/', id);
    const input =
      id === 'relu'
        ? c.getByRole('textbox', { name: /Upstream gradient dout, row 1, column 1/ })
        : c.getByRole('textbox', { name: dout });
    await input.fill('1e200');
    await expect(c).not.toHaveClass(/bp-stale/);
    const check = c.locator('.bp-act-check');
    await expect(check).not.toContainText(NON_FINITE);
    const verdict = await check.locator('.bp-act-verdict').innerText();
    if (/agree\./.test(verdict) && !/disagree/.test(verdict)) {
      // Agreement is only ever stated beside finite relative errors.
      const values = await check
        .locator('data.bp-num')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('value'))));
      expect(values.every(Number.isFinite)).toBe(true);
    }
  });
}

test('sigmoid at x = −1000: the primitive graph says overflow in words, never ∞ or NaN', async ({
  page,
}) => {
  const c = await cell(page, '/chapters/activation-layers/', 'sigmoid');
  await c.getByRole('textbox', { name: 'Input x' }).fill('-1000');
  await expect(c).not.toHaveClass(/bp-stale/);
  await expect(c.locator('.bp-outputs')).toContainText('no value: exp(−x) overflowed');
  const svg = c.locator('.bp-graph svg');
  await expect(svg).toContainText('overflow');
  await expect(svg).not.toContainText(NON_FINITE);
  const step = c.getByRole('button', { name: 'Step backward' });
  const panel = c.locator('.bp-step-panel');
  const seen: string[] = [];
  for (let k = 0; k < 4; k++) {
    await step.click();
    seen.push(await panel.innerText());
  }
  expect(seen.join('\n')).not.toMatch(NON_FINITE);
  expect(seen.join('\n')).toContain('overflowed');
});

test('sigmoid at x = −800: the graph’s table says no value too, never the last numbers; and recovers', async ({
  page,
}) => {
  const c = await cell(page, '/chapters/activation-layers/', 'sigmoid');
  const table = c.locator('.bp-graph-table');
  const show = c.getByRole('button', { name: 'Show as table' });
  if (await show.isVisible()) await show.click();
  const x = c.getByRole('textbox', { name: 'Input x' });
  await x.fill('1');
  await expect(table).toContainText('0.1966');
  await x.fill('-800');
  await expect(table).toContainText('overflow');
  await expect(table).not.toContainText('0.1966');
  await x.fill('1');
  await expect(table).toContainText('0.1966');
  await expect(table).not.toContainText('overflow');
});

test('softmax: logits [1e308, 2.9, −1e308] are refused beside the logits; a row of −1000s underflows', async ({
  page,
}) => {
  const c = await cell(page, '/chapters/affine-and-softmax/', 'softmax-loss');
  const entry = (col: number) => c.getByLabel(`Logits, row 1, column ${col}`);
  // [1e308, 2.9, 4] is still finite (loss 5e307): the last good result.
  await entry(1).fill('1e308');
  await expect(c).not.toHaveClass(/bp-stale/);
  const loss = (await c.getByRole('table', { name: 'Loss' }).textContent()) ?? '';
  await entry(3).fill('-1e308');
  await expect(c).toHaveClass(/bp-stale/);
  await expect(c.locator('[data-field="logits"] .bp-field-error')).toContainText(
    'makes a result overflow',
  );
  await expect(c.getByRole('table', { name: 'Loss' })).toHaveText(loss);
  for (const col of [1, 2, 3]) await entry(col).fill('-1000');
  await expect(c).not.toHaveClass(/bp-stale/);
  const note = c.locator('.bp-naive p');
  await expect(note).toContainText('In row 1, every exp underflowed to 0');
  await expect(note).not.toContainText('overflowed');
  await expect(c.getByRole('table', { name: /^Naive softmax/ })).not.toContainText(NON_FINITE);
});

test('softmax labels: a bad hidden index never blocks; 1.5 and 2^53+1 get the right message', async ({
  page,
}) => {
  const c = await cell(page, '/chapters/affine-and-softmax/', 'softmax-loss');
  await c.getByRole('radio', { name: 'Class indices' }).check();
  const first = c.locator('[data-field="labels"] .bp-matrix-entry').first();
  await first.fill('abc');
  await expect(c).toHaveClass(/bp-stale/);
  await c.getByRole('radio', { name: 'One-hot rows' }).check();
  await expect(c).not.toHaveClass(/bp-stale/);
  await expect(c.locator('.bp-field-error:visible')).toHaveCount(0);
  await c.getByRole('radio', { name: 'Class indices' }).check();
  await first.fill('1.5');
  const error = c.locator('[data-field="labels"] .bp-field-error');
  await expect(error).toContainText('not a whole number');
  await expect(error).not.toContainText('out of range');
  await first.fill('9007199254740993');
  await expect(error).toContainText('far too large');
  await expect(error).not.toContainText('9007199254740992');
  await first.fill('0');
  await expect(c).not.toHaveClass(/bp-stale/);
});

test('timing panel: capped visibly at 1e13, and stale while the count does not read', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/chapters/why-backpropagation/');
  const count = page.locator('#gradient-cost').getByLabel('Number of parameters');
  const panel = page.locator('bp-gradient-timing');
  await count.fill('1e13');
  await page.getByRole('button', { name: 'Time both in this browser' }).click();
  await expect(panel.locator('table')).toBeVisible({ timeout: 90_000 });
  await expect(panel.locator('[data-capped]')).toBeVisible();
  await expect(panel.locator('[data-capped]')).toContainText('grows with the square');
  await expect(panel).not.toHaveClass(/bp-stale/);
  await count.fill('abc');
  await expect(panel).toHaveClass(/bp-stale/);
  await expect(panel.locator('[data-stale-note]')).toBeVisible();
  await count.fill('40');
  await expect(panel).not.toHaveClass(/bp-stale/);
  await expect(panel.locator('[data-stale-note]')).toBeHidden();
});
