// Chapter 7's digits extras (part C2) on their fixture page, /dev/digits/: the drawing pad by
// keyboard and pointer, the switch to the trainer's network, the report without JS, axe, print.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { tabTo } from './support/keyboard';

const PATH = '/dev/digits/';

/** Scrolls the pad near (its code loads lazily) and waits until it is drawable. */
async function openPad(page: Page): Promise<Locator> {
  await page.goto(PATH);
  const pad = page.locator('bp-digit-pad');
  await pad.scrollIntoViewIfNeeded();
  await expect(pad).toHaveAttribute('data-upgraded', 'yes');
  return pad;
}

/** Holds the requests matching `url` until the returned function is called. */
async function holdRequests(page: Page, url: string | RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The pad's code, held back until released. */
const PAD_CODE = /digit-pad-element[^/]*\.js$/;

/**
 * Sends a network as the trainer sends it (plain arrays, the data set's name, the step count as
 * `steps`): zero weights and b2 large for `answer`, so it always answers that digit. `rowsW1`
 * other than 64 makes a net of the wrong shape.
 */
async function sendTrainerNetwork(
  page: Page,
  detail: { answer: number; dataset: string; steps?: number; rowsW1?: number },
): Promise<void> {
  await page.evaluate(({ answer, dataset, steps, rowsW1 = 64 }) => {
    const zeros = (r: number, c: number) => Array.from({ length: r }, () => new Array(c).fill(0));
    const b2 = [new Array(10).fill(0)];
    b2[0]![answer] = 10;
    const params = { W1: zeros(rowsW1, 5), b1: zeros(1, 5), W2: zeros(5, 10), b2 };
    document.dispatchEvent(
      new CustomEvent('bp-trainer-params', { detail: { params, dataset, steps } }),
    );
  }, detail);
}

/** The probabilities as numbers, digit by digit, and the 8 × 8 picture's markup. */
async function reading(pad: Locator): Promise<{ probs: number[]; sees: string }> {
  const probs = (await pad.locator('.bp-probs-value').allInnerTexts()).map((s) => parseFloat(s));
  const sees = await pad.locator('[data-pad-sees]').innerHTML();
  return { probs, sees };
}

test('the pad is a labelled application with instructions, and its buttons are named', async ({
  page,
}) => {
  const pad = await openPad(page);
  const surface = pad.getByRole('application', { name: 'Drawing pad, 32 by 32 pixels' });
  await expect(surface).toBeVisible();
  await expect(surface).toHaveAccessibleDescription(/arrow keys move the cursor, Space paints/);
  await expect(pad.getByRole('button', { name: 'Clear' })).toBeVisible();
  await expect(pad.getByRole('button', { name: 'Erase' })).toHaveAttribute('aria-pressed', 'false');
  await expect(pad.getByRole('status')).toHaveCount(1);
});

test('keyboard only: Clear, then arrows and Space draw a 1, and the 8 × 8 and probabilities change', async ({
  page,
}) => {
  const pad = await openPad(page);
  // The pad starts with a test image, which the build-time network reads (a sum of 1).
  const start = await reading(pad);
  expect(start.probs.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 1);
  await pad.getByRole('button', { name: 'Clear' }).focus();
  await page.keyboard.press('Enter');
  await expect(pad.locator('.bp-pad-ink')).toHaveAttribute('d', '');
  await expect(pad.locator('[data-pad-sees] path')).toHaveCount(0);
  await expect(pad.getByRole('status')).toHaveText('The pad is empty: draw a digit.');
  const empty = await reading(pad);
  expect(empty.probs).not.toEqual(start.probs);

  // Shift+Tab back to the pad; the cursor starts at row 17, column 17.
  await page.keyboard.press('Shift+Tab');
  await expect(pad.getByRole('application')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(pad.getByRole('status')).toHaveText('Cursor at row 16, column 17.');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowUp');
  // Space held while the arrows move draws a vertical stroke.
  await page.keyboard.down(' ');
  for (let i = 0; i < 22; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.up(' ');
  const drawn = await reading(pad);
  expect(drawn.sees).not.toEqual(empty.sees);
  expect(await pad.locator('[data-pad-sees] path').count()).toBeGreaterThan(0);
  expect(drawn.probs).not.toEqual(empty.probs);
  expect(drawn.probs.every(Number.isFinite)).toBe(true);
  await expect(pad.getByRole('status')).toHaveText(
    /^The network reads \d, with probability 0\.\d\d\.$/,
  );

  // Shift+Space erases under the cursor.
  const ink = await pad.locator('.bp-pad-ink').getAttribute('d');
  await page.keyboard.press('Shift+Space');
  await expect(pad.locator('.bp-pad-ink')).not.toHaveAttribute('d', ink ?? '');
});

test('the page carries the network’s address, not its weights; a failed fetch is said, never NaN', async ({
  page,
}) => {
  await page.goto(PATH);
  const pad = page.locator('bp-digit-pad');
  await expect(pad).not.toHaveAttribute('data-params', /./);
  const src = await pad.getAttribute('data-params-src');
  expect(src).toMatch(/\/data\/digits-net\.txt$/);
  const served = await page.request.get(src!);
  expect(served.ok()).toBe(true);
  // 64 × 50 + 50 + 50 × 10 + 10 weights: the file is the whole network.
  expect((await served.text()).length).toBeGreaterThan(10_000);

  await page.route('**/data/digits-net.txt', (route) => route.abort());
  await page.reload();
  await pad.scrollIntoViewIfNeeded();
  await expect(pad).toHaveAttribute('data-upgraded', 'yes');
  // Said where the probabilities would be, and to a screen reader; drawing says it again.
  await expect(pad.locator('[data-pad-probs]')).toHaveText(/could not be loaded/);
  await expect(pad.locator('[data-pad-source]')).toBeHidden();
  await expect(pad.getByRole('status')).toHaveText(/could not be loaded/);
  await pad.getByRole('application').focus();
  await page.keyboard.press(' ');
  await expect(pad.getByRole('status')).toHaveText(/could not be loaded/, { timeout: 3000 });
  await expect(pad).not.toContainText(/NaN|Infinity/);
});

test('a pointer draws, and the Erase mode rubs out', async ({ page }) => {
  const pad = await openPad(page);
  await pad.getByRole('button', { name: 'Clear' }).click();
  const surface = pad.getByRole('application');
  const box = (await surface.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.2, { steps: 4 });
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.85, { steps: 6 });
  await page.mouse.up();
  const drawn = (await pad.locator('.bp-pad-ink').getAttribute('d')) ?? '';
  expect(drawn.length).toBeGreaterThan(50);
  await expect(pad.getByRole('status')).toHaveText(/^The network reads \d/);
  const erase = pad.getByRole('button', { name: 'Erase' });
  await erase.click();
  await expect(erase).toHaveAttribute('aria-pressed', 'true');
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.2, { steps: 4 });
  await page.mouse.up();
  const erased = (await pad.locator('.bp-pad-ink').getAttribute('d')) ?? '';
  expect(erased).not.toEqual(drawn);
  expect(erased.length).toBeLessThan(drawn.length);
});

test('the trainer’s network takes over when it sends digits parameters, and says so', async ({
  page,
}) => {
  const pad = await openPad(page);
  const before = await reading(pad);
  // Ignored: another data set, and a net of the wrong shape.
  await sendTrainerNetwork(page, { answer: 7, dataset: 'spiral' });
  await sendTrainerNetwork(page, { answer: 7, dataset: 'digits', rowsW1: 2 });
  expect((await reading(pad)).probs).toEqual(before.probs);
  await sendTrainerNetwork(page, { answer: 7, dataset: 'digits', steps: 42 });
  await expect(pad.locator('[data-pad-source]')).toHaveText(
    'Your network from the trainer, after 42 steps.',
  );
  // Said once, without a step count: the visible line above keeps the count up to date, and a
  // status that said "after 42 steps" would be stale a moment later.
  await expect(pad.getByRole('status')).toHaveText(
    'The pad now uses your network from the trainer.',
  );
  await expect(pad.locator('.bp-probs-best .bp-probs-digit')).toHaveText('7');
  await expect(pad.locator('.bp-probs-best .bp-probs-value')).toContainText('1.00');
});

test('a network the trainer sent before the pad loaded takes over once it does', async ({
  page,
}) => {
  const release = await holdRequests(page, PAD_CODE);
  await page.goto(PATH);
  // Sent while the pad's code has not arrived.
  await sendTrainerNetwork(page, { answer: 3, dataset: 'digits', steps: 639 });
  const pad = page.locator('bp-digit-pad');
  expect(await pad.getAttribute('data-upgraded')).toBeNull();
  release();
  await expect(pad.locator('[data-pad-source]')).toHaveText(
    'Your network from the trainer, after 639 steps.',
  );
  await expect(pad.locator('.bp-probs-best .bp-probs-digit')).toHaveText('3');
  // The book's network, arriving later, does not replace the reader's.
  await page.waitForLoadState('networkidle');
  await expect(pad.locator('.bp-probs-best .bp-probs-digit')).toHaveText('3');
});

test('while the network loads the pad draws, keys do not scroll, early presses count', async ({
  page,
}) => {
  const release = await holdRequests(page, '**/data/digits-net.txt');
  await page.goto(PATH);
  const pad = page.locator('bp-digit-pad');
  const surface = pad.getByRole('application', { name: 'Drawing pad, 32 by 32 pixels' });
  await surface.scrollIntoViewIfNeeded();
  // Erase twice and Clear, pressed at once: Erase ends off, the pad ends cleared.
  const erase = pad.getByRole('button', { name: 'Erase' });
  await erase.click();
  await expect(erase).toHaveAttribute('aria-pressed', 'true');
  await erase.click();
  await pad.getByRole('button', { name: 'Clear' }).click();
  await expect(pad).toHaveAttribute('data-upgraded', 'yes');
  await expect(erase).toHaveAttribute('aria-pressed', 'false');
  await expect(pad.locator('.bp-pad-ink')).toHaveAttribute('d', '');
  // Drawing works before the network has come; the keys stay in the pad.
  await surface.focus();
  const top = await surface.evaluate((el) => el.getBoundingClientRect().top);
  await page.keyboard.down(' ');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.up(' ');
  expect(await surface.evaluate((el) => el.getBoundingClientRect().top)).toBe(top);
  await expect(pad.locator('.bp-pad-ink')).not.toHaveAttribute('d', '');
  await expect(pad.getByRole('status')).toHaveText(
    'The book’s network is still loading; its reading follows.',
  );
  // Shown where the probabilities will be, not ten rows of "no value".
  await expect(pad.locator('[data-pad-probs]')).toHaveText(/still loading/);
  await expect(pad.locator('[data-pad-probs]')).not.toContainText('no value');
  release();
  await expect(pad.getByRole('status')).toHaveText(/^The network reads /);
  await expect(pad).not.toContainText(/NaN|Infinity/);
});

test('without JavaScript the report and the pad’s first reading are on the page', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PATH);
  const table = page.locator('table.bp-confusion');
  await expect(table).toBeVisible();
  const counts = (await table.locator('td').allInnerTexts()).map(Number);
  expect(counts).toHaveLength(100);
  const caption = (await table.locator('caption').innerText()).match(
    /on the (\d+) test images: (\d+) right/,
  );
  expect(counts.reduce((s, c) => s + c, 0)).toBe(Number(caption![1]));
  await expect(page.locator('.bp-wrong-head')).toContainText('test image');
  await expect(page.locator('bp-digit-pad .bp-probs li')).toHaveCount(10);
  await expect(page.locator('bp-digit-pad [data-pad-nojs]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Clear' })).toBeHidden();
  await context.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the pad and the report (${theme})`, async ({ page }) => {
    const pad = await openPad(page);
    await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
    await pad.getByRole('application').focus();
    await page.keyboard.press('Space');
    expect(await axeViolations(page.locator('bp-digit-pad, [data-digits-report]'))).toEqual([]);
  });
}

test('print shows the report and the pad’s drawing, without its buttons', async ({ page }) => {
  const pad = await openPad(page);
  await page.emulateMedia({ media: 'print' });
  await expect(pad.getByRole('button')).toHaveCount(0);
  await expect(pad.locator('.bp-pad-svg')).toBeVisible();
  expect(((await pad.locator('.bp-pad-ink').getAttribute('d')) ?? '').length).toBeGreaterThan(20);
  await expect(page.locator('table.bp-confusion')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

// Fixes from the hostile review of chapter 7 (issue 15): the pad before its code loads.

test('the first Tab pass reaches the pad and its buttons, and Clear works once the code arrives', async ({
  page,
}) => {
  // The pad's code is slow to come: the keyboard reaches the pad all the same.
  const release = await holdRequests(page, PAD_CODE);
  await page.goto(PATH);
  const pad = page.locator('bp-digit-pad');
  const surface = pad.getByRole('application', { name: 'Drawing pad, 32 by 32 pixels' });
  await tabTo(page, surface, 60);
  await expect(surface).toHaveAccessibleDescription(/arrow keys move the cursor/);
  await page.keyboard.press('Tab');
  await expect(pad.getByRole('button', { name: 'Clear' })).toBeFocused();
  // Pressed before the code has arrived: done once it has.
  await page.keyboard.press('Enter');
  expect(await pad.getAttribute('data-upgraded')).toBeNull();
  release();
  await expect(pad).toHaveAttribute('data-upgraded', 'yes');
  await expect(pad.locator('.bp-pad-ink')).toHaveAttribute('d', '');
  // A blank pad names no digit.
  await expect(pad.locator('[data-pad-probs]')).toContainText('Nothing drawn');
  await expect(pad.locator('.bp-probs-best')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(pad.getByRole('button', { name: 'Erase' })).toBeFocused();
});

for (const width of [360, 1280]) {
  test(`the pad keeps its height when its code arrives (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const release = await holdRequests(page, PAD_CODE);
    await page.goto(PATH);
    const pad = page.locator('bp-digit-pad');
    await pad.scrollIntoViewIfNeeded();
    await expect(pad.getByRole('button', { name: 'Clear' })).toBeVisible();
    const before = (await pad.boundingBox())!.height;
    expect(await pad.getAttribute('data-upgraded')).toBeNull();
    release();
    await expect(pad).toHaveAttribute('data-upgraded', 'yes');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const after = (await pad.boundingBox())!.height;
    expect(Math.abs(after - before)).toBeLessThanOrEqual(1);
  });
}
