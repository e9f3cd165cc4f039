// Chapter 7's live trainer in real Chromium, on its fixture page (/dev/trainer/): the worker
// trains, pauses, steps and resets; settings are refused beside their input; nothing shows NaN.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { tabTo } from './support/keyboard';

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
  // The build-time run shows its last step until the worker's first summary is drawn.
  await expect(trainer.locator('[data-built-note]')).toBeHidden({ timeout: 20_000 });
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

test('Pause pressed at once after Train shows the step it announces, not the build-time run', async ({
  page,
}) => {
  const trainer = await openTrainer(page);
  expect(await stepOf(trainer)).toBeGreaterThan(0); // the build-time run's last step
  await trainer.evaluate((el) => {
    el.querySelector<HTMLElement>('[data-action="train"]')!.click();
    el.querySelector<HTMLElement>('[data-action="pause"]')!.click();
  });
  const status = trainer.locator('[data-status]');
  await expect(status).toContainText('Paused at step');
  const announced = Number(
    /Paused at step ([\d,]+)/.exec(await status.innerText())![1]!.replace(/,/g, ''),
  );
  expect(await stepOf(trainer)).toBe(announced);
});

test('Pause with nothing training changes nothing and announces nothing', async ({ page }) => {
  // Pressed before the trainer's code has come (kept and acted on once it has), then again.
  await page.goto(URL);
  const trainer = page.locator('bp-trainer');
  await trainer.scrollIntoViewIfNeeded();
  await trainer.getByRole('button', { name: 'Pause' }).click();
  await expect(trainer).toHaveClass(/\bbp-upgraded\b/, { timeout: 20_000 });
  await expect(trainer).toHaveAttribute('data-ready', '');
  await trainer.getByRole('button', { name: 'Pause' }).click();
  await page.waitForTimeout(500);
  await expect(trainer.locator('[data-status]')).not.toContainText('Paused');
  await expect(trainer.locator('[data-built-note]')).toBeVisible();
  expect(await stepOf(trainer)).toBe(600);
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
  await expect(trainer.locator('[data-problem]')).toBeVisible();
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

// Fixes from the hostile review of chapter 7 (issue 15): keyboard before the code loads, a
// steady height, a visible divergence note, the build-time caption, and Pause.

test('the first Tab pass from the top reaches the settings and buttons, and a press works', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto(URL);
  const trainer = page.locator('bp-trainer');
  // The trainer is far below the first screen: its code has not loaded, yet Tab reaches it.
  await tabTo(page, trainer.getByLabel('Data set'), 60);
  for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
  await expect(trainer.getByRole('button', { name: 'Train' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => stepOf(trainer), { timeout: 30_000 }).toBeGreaterThan(0);
  await trainer.getByRole('button', { name: 'Pause' }).click();
});

for (const width of [360, 1280]) {
  test(`the trainer keeps its height when its code arrives (${width} px)`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height: 800 });
    // Hold the trainer's code until the height before it has been measured.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/trainer-element[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(URL);
    const trainer = page.locator('bp-trainer');
    await trainer.scrollIntoViewIfNeeded();
    await expect(trainer.getByRole('button', { name: 'Train' })).toBeVisible();
    const before = (await trainer.boundingBox())!.height;
    expect(await trainer.evaluate((el) => el.classList.contains('bp-upgraded'))).toBe(false);
    release();
    await expect(trainer).toHaveClass(/\bbp-upgraded\b/, { timeout: 20_000 });
    // The worker's fresh network is ready.
    await expect(trainer).toHaveAttribute('data-ready', '', { timeout: 20_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const after = (await trainer.boundingBox())!.height;
    expect(Math.abs(after - before)).toBeLessThanOrEqual(1);
  });
}

test('a run whose loss leaps and falls back keeps its divergence note in sight', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const trainer = await openTrainer(page);
  // A huge initial scale starts the loss high, and a rate of 100 makes it leap past twice
  // that start and fall back by turns.
  for (const [label, value] of [
    ['Learning rate', '100'],
    ['Initial weight scale', '10'],
  ] as const) {
    await trainer.getByLabel(label).fill(value);
    await trainer.getByLabel(label).press('Enter');
  }
  await expect(trainer.getByLabel('Initial weight scale')).toHaveValue('10');
  await expect.poll(() => stepOf(trainer)).toBe(0);
  await trainer.getByRole('button', { name: 'Train' }).click();
  const note = trainer.locator('[data-problem]');
  await expect(note).toBeVisible({ timeout: 30_000 });
  await expect(note).toContainText(/grown from [\d.]+ at step 0 to [\d.e]+ at step [\d,]+/);
  await page.waitForTimeout(1500);
  await trainer.getByRole('button', { name: 'Pause' }).click();
  await expect(trainer.locator('[data-status]')).toContainText('Paused at step');
  await expect(note).toBeVisible();
  await expect(trainer).not.toContainText(/NaN|Infinity/);
  // A fresh network clears it.
  await trainer.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => stepOf(trainer)).toBe(0);
  await expect(note).toBeHidden();
});

test('the build-time caption goes when a setting changes or Reset is pressed before Train', async ({
  page,
}) => {
  const trainer = await openTrainer(page);
  const caption = trainer.locator('[data-built-note]');
  await expect(caption).toBeVisible();
  // While the build-time run is on show, nothing tells a screen reader "step 0".
  await expect(trainer).toHaveAttribute('data-ready', '', { timeout: 20_000 });
  await expect(trainer.locator('[data-status]')).not.toContainText('Step 0');
  const rate = trainer.getByLabel('Learning rate');
  await rate.fill('0.4');
  await rate.press('Enter');
  // The figures now show the fresh network at step 0, and say so.
  await expect(caption).toBeHidden();
  await expect.poll(() => stepOf(trainer)).toBe(0);
  await expect(trainer.locator('[data-curves]')).toContainText('Press Train to start');

  const again = await openTrainer(page);
  await expect(again.locator('[data-built-note]')).toBeVisible();
  await again.getByRole('button', { name: 'Reset' }).click();
  await expect(again.locator('[data-built-note]')).toBeHidden();
  await expect(again.locator('[data-status]')).toHaveText(/^Step 0: a fresh network/);
  await expect(again.locator('[data-curves]')).toContainText('Press Train to start');
  expect(await stepOf(again)).toBe(0);
});

test('after Pause the step on screen is the step the worker stopped at, even with slow frames', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const trainer = await openTrainer(page);
  // A busy page: frames come a quarter of a second apart.
  await page.evaluate(() => {
    window.requestAnimationFrame = (cb) => window.setTimeout(() => cb(performance.now()), 250);
    window.cancelAnimationFrame = (id) => window.clearTimeout(id);
  });
  await trainer.getByRole('button', { name: 'Train' }).click();
  // The reader's run is on screen (not the build-time run's step count).
  await expect(trainer.locator('[data-built-note]')).toBeHidden({ timeout: 30_000 });
  await expect.poll(() => stepOf(trainer), { timeout: 30_000 }).toBeGreaterThan(100);
  // The moment the pause is announced, read the step on screen.
  const seen = await page.evaluate(
    () =>
      new Promise<{ said: string; shown: string }>((resolve) => {
        const status = document.querySelector('bp-trainer [data-status]')!;
        const step = document.querySelector('bp-trainer [data-stat="step"]')!;
        const watch = new MutationObserver(() => {
          const said = status.textContent?.match(/^Paused at step ([\d,]+)/)?.[1];
          if (!said) return;
          watch.disconnect();
          resolve({ said, shown: step.textContent ?? '' });
        });
        watch.observe(status, { childList: true, characterData: true, subtree: true });
        document.querySelector<HTMLElement>('bp-trainer [data-action="pause"]')!.click();
      }),
  );
  expect(seen.shown).toBe(seen.said);
  const paused = await stepOf(trainer);
  expect(paused).toBe(Number(seen.said.replace(/,/g, '')));
  await page.waitForTimeout(1000);
  expect(await stepOf(trainer)).toBe(paused);
  await trainer.getByRole('button', { name: 'One step' }).click();
  await expect.poll(() => stepOf(trainer)).toBe(paused + 1);
  await page.waitForTimeout(500);
  expect(await stepOf(trainer)).toBe(paused + 1);
});

/** The smallest text of the trainer's charts, in CSS px as drawn (font size × the SVG's scale). */
const smallestChartText = (trainer: Locator): Promise<number> =>
  trainer.evaluate((el) => {
    let min = Infinity;
    for (const svg of el.querySelectorAll<SVGSVGElement>('[data-curves] svg.bp-chart')) {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const text of svg.querySelectorAll('text')) {
        min = Math.min(min, parseFloat(getComputedStyle(text).fontSize) * scale);
      }
    }
    return min;
  });

test('at 320 px the trainer’s chart text is drawn at 10 px or more, built and live', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const trainer = await openTrainer(page);
  expect(await smallestChartText(trainer)).toBeGreaterThanOrEqual(10);
  await trainer.getByRole('button', { name: 'One step' }).click();
  await expect(trainer.locator('[data-built-note]')).toBeHidden();
  await expect(trainer.locator('[data-curves] svg.bp-chart')).toHaveCount(2);
  expect(await smallestChartText(trainer)).toBeGreaterThanOrEqual(10);
  // Nothing sticks out of the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('print shows “look inside one step” when it is open, and not when closed', async ({
  page,
}) => {
  const trainer = await openTrainer(page);
  await trainer.getByRole('button', { name: 'One step' }).click();
  await expect.poll(() => stepOf(trainer)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(trainer.locator('[data-inspector]')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await trainer.getByText('Look inside one step').click();
  await expect(trainer.locator('svg.bp-heatmap')).toHaveCount(8);
  await page.emulateMedia({ media: 'print' });
  await expect(trainer.locator('svg.bp-heatmap').first()).toBeVisible();
  await expect(trainer.getByRole('button', { name: 'Train' })).toBeHidden();
});
