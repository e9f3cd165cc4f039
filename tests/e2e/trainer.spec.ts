// Chapter 7's live trainer in real Chromium, on its fixture page (/dev/trainer/): the worker
// trains, pauses, steps and resets; settings are refused beside their input; nothing shows NaN.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';

const URL = '/dev/trainer/';

async function openTrainer(page: Page): Promise<Locator> {
  await page.goto(URL);
  const trainer = page.locator('bp-trainer');
  await trainer.scrollIntoViewIfNeeded();
  await expect(trainer).toHaveClass(/\bbp-upgraded\b/, { timeout: 20_000 });
  // The worker's network is ready (until it steps, the build-time run stays on show).
  await expect(trainer.getByText('Look inside one step')).toBeVisible({ timeout: 20_000 });
  return trainer;
}

const stepOf = async (trainer: Locator): Promise<number> =>
  Number((await trainer.locator('[data-stat="step"]').innerText()).replace(/,/g, ''));
/** An accuracy in per cent, as the statistic shows it (one decimal). */
const percentOf = async (trainer: Locator, stat: 'train' | 'test'): Promise<number> =>
  Number((await trainer.locator(`[data-stat="${stat}"]`).innerText()).replace(/\s*%$/, ''));

test('without JavaScript the trainer says why and shows no dead controls', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(URL);
  const trainer = page.locator('bp-trainer');
  await expect(trainer).toContainText('needs JavaScript');
  await expect(trainer.getByRole('button', { name: 'Train' })).toBeHidden();
  // The build-time run with the same settings: its numbers and its three figures.
  await expect(trainer.locator('[data-built-note]')).toContainText('when the book was built');
  await expect(trainer.locator('[data-stat="train"]')).toHaveText(/^\d+\.\d %$/);
  await expect(trainer.locator('[data-curves] svg, [data-regions] svg')).toHaveCount(3);
  await context.close();
});

test('nothing of the trainer loads until the reader comes near it', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto(URL);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((u) => /trainer-element|train-worker/.test(u))).toEqual([]);
  await page.locator('bp-trainer').scrollIntoViewIfNeeded();
  await expect(page.locator('bp-trainer')).toHaveClass(/\bbp-upgraded\b/, { timeout: 20_000 });
  expect(fetched.some((u) => /train-worker/.test(u))).toBe(true);
});

test('Train raises the spiral accuracy; Pause stops; One step is one step; Reset is step 0', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const trainer = await openTrainer(page);
  await expect(trainer.locator('[data-built-note]')).toBeVisible();
  await trainer.getByRole('button', { name: 'Train' }).click();
  await expect(trainer.locator('[data-built-note]')).toBeHidden();
  await expect
    .poll(() => percentOf(trainer, 'train'), { timeout: 60_000, intervals: [250] })
    .toBeGreaterThanOrEqual(90);
  await trainer.getByRole('button', { name: 'Pause' }).click();
  await expect(trainer.locator('[data-status]')).toContainText('Paused at step');
  const paused = await stepOf(trainer);
  await page.waitForTimeout(1000);
  expect(await stepOf(trainer)).toBe(paused);
  expect(paused).toBeGreaterThan(0);

  await trainer.getByRole('button', { name: 'One step' }).click();
  await expect.poll(() => stepOf(trainer)).toBe(paused + 1);
  await page.waitForTimeout(300);
  expect(await stepOf(trainer)).toBe(paused + 1);

  // The figures drew: loss and accuracy curves, the regions with the points on top.
  await expect(trainer.locator('[data-curves] svg')).toHaveCount(2);
  await expect(trainer.locator('[data-regions] svg')).toHaveAttribute('aria-label', /3 classes/);
  expect(await trainer.locator('[data-regions] svg path.bp-cells').count()).toBeGreaterThan(1);
  await expect(trainer).not.toContainText('NaN');

  await trainer.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => stepOf(trainer)).toBe(0);
  await expect(trainer.locator('[data-status]')).toContainText('Step 0');
});

test('look inside one step: heatmaps of the four gradients and moves, and the numbers', async ({
  page,
}) => {
  const trainer = await openTrainer(page);
  await trainer.getByRole('button', { name: 'One step' }).click();
  await expect.poll(() => stepOf(trainer)).toBe(1);
  await trainer.getByText('Look inside one step').click();
  const body = trainer.locator('[data-inspector-body]');
  await expect(body.locator('svg.bp-heatmap')).toHaveCount(8);
  await expect(body).toContainText('Step 1, a batch of');
  await expect(body.getByRole('img', { name: /^Gradient of W1, 2 × \d+/ })).toBeVisible();
  await trainer.getByRole('button', { name: 'Show the numbers as tables' }).click();
  await expect(body.locator('table')).toHaveCount(8);
  await expect(trainer.getByRole('button', { name: 'Show the heatmaps' })).toBeFocused();
});

test('keyboard only: Tab to the buttons, Enter and Space press them', async ({ page }) => {
  test.setTimeout(90_000);
  const trainer = await openTrainer(page);
  await trainer.getByLabel('Data set').focus();
  // The data set, six settings, then the buttons in order.
  for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
  await expect(trainer.getByRole('button', { name: 'Train' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => stepOf(trainer), { timeout: 20_000 }).toBeGreaterThan(20);
  await page.keyboard.press('Tab');
  await expect(trainer.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(trainer.locator('[data-status]')).toContainText('Paused at step');
  const paused = await stepOf(trainer);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect.poll(() => stepOf(trainer)).toBe(paused + 1);
  await page.keyboard.press('Tab');
  await expect(trainer.getByRole('button', { name: 'Reset' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => stepOf(trainer)).toBe(0);
});

test('a bad setting is refused beside its input, and nothing trains on it', async ({ page }) => {
  const trainer = await openTrainer(page);
  const rate = trainer.getByLabel('Learning rate');
  for (const [text, message] of [
    ['abc', /is not a number/],
    ['1e308', /above 0 and at most 100/],
    ['-1', /above 0 and at most 100/],
    ['1e309', /too large/],
    ['', /Enter a number/],
  ] as const) {
    await rate.fill(text);
    await expect(rate).toHaveAttribute('aria-invalid', 'true');
    const described = await rate.getAttribute('aria-describedby');
    await expect(page.locator(`#${described}`)).toHaveText(message);
  }
  const before = await stepOf(trainer);
  await trainer.getByRole('button', { name: 'Train' }).click();
  await expect(rate).toBeFocused();
  await page.waitForTimeout(500);
  expect(await stepOf(trainer)).toBe(before);
  await expect(trainer.locator('[data-built-note]')).toBeVisible();
  await rate.fill('0.5');
  await expect(rate).not.toHaveAttribute('aria-invalid', 'true');
  const hidden = trainer.getByLabel('Hidden size');
  await hidden.fill('2.5');
  await expect(page.locator('#trainer-hiddenSize-msg')).toHaveText(/whole number from 1 to 256/);
  await hidden.fill('1e308');
  await expect(page.locator('#trainer-hiddenSize-msg')).toHaveText(/whole number from 1 to 256/);
  const batch = trainer.getByLabel('Batch size');
  await batch.fill('2000');
  await expect(page.locator('#trainer-batchSize-msg')).toHaveText(/at most that many/);
  await expect(trainer).not.toContainText('NaN');
});

test('a learning rate far too high says the run diverges, and never shows NaN', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const trainer = await openTrainer(page);
  const rate = trainer.getByLabel('Learning rate');
  await rate.fill('100');
  await rate.press('Enter');
  await expect.poll(() => stepOf(trainer)).toBe(0);
  await trainer.getByRole('button', { name: 'Train' }).click();
  await expect(trainer.locator('[data-problem]')).toContainText('the run diverges', {
    timeout: 30_000,
  });
  await trainer.getByRole('button', { name: 'Pause' }).click();
  await expect(trainer.locator('[data-status]')).toContainText('Paused at step');
  await expect(trainer).not.toContainText(/NaN|Infinity/);
  // Back to a sane rate: a fresh network, and the warning goes.
  await rate.fill('0.5');
  await rate.press('Enter');
  await expect.poll(() => stepOf(trainer)).toBe(0);
  await expect(trainer.locator('[data-problem]')).toBeHidden();
});

test('digits: trains to a high test accuracy and hands its network to the page', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const trainer = await openTrainer(page);
  await page.evaluate(() => {
    document.addEventListener('bp-trainer-params', (e) => {
      const d = (e as CustomEvent<{ dataset: string; params: { W1: number[][] } }>).detail;
      (window as unknown as { lastParams: string }).lastParams =
        `${d.dataset} ${d.params.W1.length}×${d.params.W1[0]?.length}`;
    });
  });
  await trainer.getByLabel('Data set').selectOption('digits');
  await expect(trainer.locator('[data-regions-figure]')).toBeHidden();
  await expect(trainer.locator('[data-status]')).toContainText('digits', { timeout: 20_000 });
  await trainer.getByRole('button', { name: 'Train' }).click();
  await expect
    .poll(() => percentOf(trainer, 'test'), { timeout: 90_000, intervals: [500] })
    .toBeGreaterThanOrEqual(90);
  await trainer.getByRole('button', { name: 'Pause' }).click();
  // The digits report, live: the confusion matrix's right answers and the images it gets wrong.
  await expect(trainer.locator('[data-digits] table.bp-confusion caption')).toContainText(
    /on the \d+ test images/,
  );
  const detail = await page.evaluate(
    () => (window as unknown as { lastParams?: string }).lastParams,
  );
  expect(detail).toMatch(/^digits 64×\d+$/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the trainer in ${theme} mode, after a step`, async ({ page }) => {
    test.setTimeout(90_000);
    const trainer = await openTrainer(page);
    await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
    await trainer.getByLabel('Learning rate').fill('x');
    await trainer.getByRole('button', { name: 'One step' }).click();
    await trainer.getByLabel('Learning rate').fill('0.5');
    await trainer.getByLabel('Learning rate').press('Enter');
    await trainer.getByRole('button', { name: 'One step' }).click();
    await expect.poll(() => stepOf(trainer)).toBe(1);
    await trainer.getByText('Look inside one step').click();
    await expect(trainer.locator('svg.bp-heatmap')).toHaveCount(8);
    expect(await axeViolations(trainer)).toEqual([]);
    await trainer.getByRole('button', { name: 'Show the numbers as tables' }).click();
    expect(await axeViolations(trainer)).toEqual([]);
  });
}
