// The whole book's form controls sleep until their widget comes near (issue 13;
// scripts/lib/dormant-controls.mjs says why): at load no chapter holds a text field, a form or a
// select for Chrome's form filling to lay out, and a reader who scrolls to a widget finds it whole.
import { expect, test, type Page } from '@playwright/test';

const BOOK = '/book/';

/** What Chrome's form filling would inspect inside the chapters, counted in the live page. */
const inspected = (page: Page, within: string): Promise<number> =>
  page
    .locator(within)
    .evaluate(
      (root) =>
        root.querySelectorAll('form, select, textarea, input[type="text"], input:not([type])')
          .length,
    );

test('at load the far chapters hold no text field, form or select; near, they wake whole', async ({
  page,
}) => {
  test.slow();
  await page.goto(BOOK, { waitUntil: 'networkidle' });
  const last = page.locator('.book-chapter').last();
  expect(await inspected(page, '.book-chapter:last-of-type')).toBe(0);
  expect(await last.locator('input[data-dormant-type]').count()).toBeGreaterThan(0);

  // The trainer: its settings form, the data-set select and its fields come back when it is near.
  const trainer = last.locator('bp-trainer');
  // Blocks above it render for the first time as it nears and may push it off screen again, so
  // scroll until it is near, as a reader would.
  await expect(async () => {
    await trainer.scrollIntoViewIfNeeded();
    await expect(trainer).toHaveClass(/bp-upgraded/, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(trainer.getByRole('form', { name: 'Training settings' })).toBeVisible();
  await expect(trainer.getByRole('combobox', { name: 'Data set' })).toBeVisible();
  await expect(trainer.getByRole('textbox').first()).toBeVisible();
  expect(
    await trainer
      .locator('[data-dormant-type], [data-dormant-form], template[data-dormant]')
      .count(),
  ).toBe(0);

  // An exercise of the affine chapter, far below the first screen: a form again, and it checks.
  const affine = page.locator('#chapter-affine-and-softmax');
  const sleeping = affine.locator('[data-bp-exercise]').first();
  expect(await inspected(page, '#chapter-affine-and-softmax [data-bp-exercise] >> nth=0')).toBe(0);
  await sleeping.scrollIntoViewIfNeeded();
  const form = sleeping.getByRole('form', { name: /^Exercise 6\.1\b/ });
  await expect(sleeping).toHaveClass(/\bbp-ex-live\b/, { timeout: 20_000 });
  const box = form.getByRole('textbox').first();
  await box.fill('abc');
  await box.press('Enter');
  await expect(form.locator('.bp-ex-error')).toContainText('is not a number');
});

test('a far cell’s fields are labelled and keep their values asleep, then compute awake', async ({
  page,
}) => {
  await page.goto(BOOK, { waitUntil: 'networkidle' });
  const cell = page.locator('#affine-and-softmax--affine-batch');
  const field = cell.locator('input').first();
  // Asleep: the same input, showing the value the build computed with, under its label.
  await expect(field).toHaveAttribute('data-dormant-type', 'text');
  const label = await field.evaluate(
    (el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label'),
  );
  expect(label).toBeTruthy();
  const value = await field.inputValue();
  await cell.scrollIntoViewIfNeeded();
  await expect(cell).toHaveClass(/bp-upgraded/);
  await expect(field).toHaveAttribute('type', 'text');
  await expect(field).not.toHaveAttribute('data-dormant-type');
  await expect(field).toHaveValue(value);
});

test('a reader who tabbed into a sleeping exercise keeps the focus when it wakes', async ({
  page,
}) => {
  await page.goto(BOOK, { waitUntil: 'networkidle' });
  // Named by id: a locator by its sleeping fields would let go of it once it wakes.
  const id = await page
    .locator('#chapter-two-layer-network [data-bp-exercise]:has(input[data-dormant-type])')
    .last()
    .getAttribute('id');
  const sleeping = page.locator(`[id="${id}"]`);
  const field = sleeping.locator('input[data-dormant-type]').first();
  // Focus arrives first (as a Tab would bring it), the field wakes a moment later as it nears.
  await field.focus();
  await expect(sleeping).toHaveClass(/\bbp-ex-live\b/, { timeout: 20_000 });
  await expect(sleeping.locator('form input[name="answer"]').first()).toBeFocused();
});

test('chapter pages keep real controls: only the whole book sleeps', async ({ page }) => {
  await page.goto('/chapters/affine-and-softmax/');
  expect(
    await page.locator('[data-dormant-type], [data-dormant-form], template[data-dormant]').count(),
  ).toBe(0);
  expect(await page.locator('main form').count()).toBeGreaterThan(0);
});

test('a field focused asleep has its value selected when it wakes, so typing replaces it', async ({
  page,
}) => {
  await page.goto(BOOK, { waitUntil: 'networkidle' });
  const cell = page.locator('#chain-rule--composite-chain');
  const field = cell.locator('input').first();
  await expect(field).toHaveAttribute('data-dormant-type', 'text');
  const before = await field.inputValue();
  await field.focus();
  await expect(cell).toHaveClass(/bp-upgraded/);
  await expect(field).toBeFocused();
  await page.keyboard.type('5');
  await expect(field).toHaveValue('5');
  expect(before).not.toBe('5');
});

test('the trainer’s data-set select has a stand-in asleep that hands it the focus', async ({
  page,
}) => {
  await page.goto(BOOK, { waitUntil: 'networkidle' });
  const trainer = page.locator('bp-trainer');
  const standIn = trainer.locator('input[data-dormant-select]');
  // The option chosen at first, in the select's place in the Tab order.
  await expect(standIn).toHaveValue(/^Spiral/);
  await standIn.focus();
  await expect(trainer).toHaveClass(/bp-upgraded/, { timeout: 20_000 });
  await expect(trainer.getByRole('combobox', { name: 'Data set' })).toBeFocused();
  await expect(standIn).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each sleeping exercise’s radio buttons stay a group of their own', async ({ page }) => {
    await page.goto(BOOK);
    const first = page.locator('#why-backpropagation--ex-why-3 input[type="radio"]').first();
    const other = page.locator('#computational-graphs--ex-graphs-4 input[type="radio"]').nth(1);
    await first.check();
    await other.check();
    await expect(first).toBeChecked();
    await expect(other).toBeChecked();
  });
});
