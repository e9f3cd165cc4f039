// The exercise kit (issue 16): a form named "Exercise C.K" with "Your answer" and "Check",
// polite feedback, refusals like a cell's, "New numbers" kept in the URL hash, progress kept in
// this browser, the printed answers, the page without JavaScript, keyboard and axe.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';

const CH1 = '/chapters/why-backpropagation/';
const CH2 = '/chapters/computational-graphs/';

const exercise = (page: Page, n: string): Locator =>
  page.getByRole('form', { name: new RegExp(`^Exercise ${n.replace('.', '\\.')}\\b`) });

/** Scrolls an exercise near and waits until its code has upgraded it. */
async function live(form: Locator): Promise<void> {
  await form.scrollIntoViewIfNeeded();
  await expect(form.locator('xpath=..')).toHaveClass(/\bbp-ex-live\b/, { timeout: 20_000 });
}

const promptOf = async (form: Locator): Promise<string> =>
  (await form.locator('.bp-ex-prompt').textContent()) ?? '';

/** Exercise 1.1's answer, computed here from the numbers its prompt states. */
async function centralDifferenceAnswer(form: Locator): Promise<number> {
  const text = await promptOf(form);
  const m = /f\(w\) = (-?[\d.]+)·w³.*w = (-?[\d.]+).*h = (-?[\d.]+)/.exec(text);
  expect(m, text).not.toBeNull();
  const [a, w, h] = [Number(m![1]), Number(m![2]), Number(m![3])];
  const f = (x: number): number => a * x ** 3;
  return (f(w + h) - f(w - h)) / (2 * h);
}

/** Exercise 2.1's payment, computed here from the trip its prompt states. */
async function paymentAnswer(form: Locator): Promise<number> {
  const text = await promptOf(form);
  const m = /buy (\d+) apples at (\d+) each and (\d+) oranges at (\d+) each.*by ([\d.]+)\./.exec(
    text,
  );
  expect(m, text).not.toBeNull();
  const [n, p, k, q, r] = m!.slice(1).map(Number) as [number, number, number, number, number];
  return (n * p + k * q) * r;
}

test('chapter 1: wrong, then right, by role and label; refusals sit beside the input', async ({
  page,
}) => {
  await page.goto(CH1);
  const form = exercise(page, '1.1');
  await live(form);
  const box = form.getByRole('textbox', { name: 'Your answer' });
  const feedback = form.getByRole('status');
  await box.fill('abc');
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('.bp-ex-error')).toHaveText(
    '“abc” is not a number; use digits like -1.5 or 2e-3.',
  );
  await expect(box).toHaveAccessibleDescription(/is not a number/);
  await expect(box).toBeFocused();
  await box.fill('1e309');
  await box.press('Enter');
  await expect(form.locator('.bp-ex-error')).toContainText('too large');
  await box.fill('');
  await box.press('Enter');
  await expect(form.locator('.bp-ex-error')).toHaveText('Enter a number.');
  const answer = await centralDifferenceAnswer(form);
  // The exact derivative is the likely mistake: its hint says so.
  const exact = await form.locator('.bp-ex-prompt').evaluate((el) => {
    const m = /f\(w\) = (-?[\d.]+)·w³.*w = (-?[\d.]+)/.exec(el.textContent ?? '')!;
    return 3 * Number(m[1]) * Number(m[2]) ** 2;
  });
  await box.fill(String(exact));
  await box.press('Enter');
  await expect(box).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('.bp-ex-error')).toBeHidden();
  await expect(feedback).toContainText(/^Not yet\. .* is the exact derivative/);
  await box.fill(String(answer + 5));
  await box.press('Enter');
  await expect(feedback).toHaveText(/^Not yet\./);
  await box.fill(String(answer));
  await box.press('Enter');
  await expect(feedback).toHaveText(`Right: ${answer}.`);
});

test('chapter 2: wrong, then right, by role and label', async ({ page }) => {
  await page.goto(CH2);
  const form = exercise(page, '2.1');
  await live(form);
  const box = form.getByRole('textbox', { name: 'Your answer' });
  const answer = await paymentAnswer(form);
  await box.fill(String(answer * 1.05));
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.getByRole('status')).toHaveText(/^Not yet\./);
  await box.fill(String(answer));
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.getByRole('status')).toHaveText(/^Right/);
  // A prediction: committing to an answer reveals what running it shows.
  const predict = exercise(page, '2.4');
  await live(predict);
  const group = predict.getByRole('group', { name: 'Your answer' });
  await expect(predict.locator('.bp-ex-after')).toBeHidden();
  await group.getByRole('radio', { name: 'All five.' }).check();
  await predict.getByRole('button', { name: 'Check' }).click();
  await expect(predict.getByRole('status')).toContainText('Not yet');
  await expect(predict.locator('.bp-ex-after')).toBeVisible();
  await expect(predict.locator('.bp-ex-after')).toContainText('Running the layers with tax');
  await group.getByRole('radio', { name: /four price and count gradients/ }).check();
  await predict.getByRole('button', { name: 'Check' }).click();
  await expect(predict.getByRole('status')).toHaveText(/^Right/);
});

test('without JavaScript: the default problem, its answer and working in <details>', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CH2);
  const form = exercise(page, '2.1');
  await expect(form).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Your answer' })).toBeVisible();
  // Nothing would check it: no dead button (the working below has the answer).
  await expect(form.getByRole('button', { name: 'Check' })).toBeHidden();
  await expect(form.getByRole('button', { name: 'New numbers' })).toBeHidden();
  const working = form.locator('details.bp-ex-working');
  await expect(working.locator('.bp-ex-answer')).toBeHidden();
  await working.getByText('Show the working').click();
  const answer = await paymentAnswer(form);
  await expect(working.locator('.bp-ex-answer')).toHaveText(`Answer: ${answer}`);
  await expect(working.locator('li')).toHaveCount(3);
  // A prediction's outcome is in its working too.
  const predict = exercise(page, '2.4');
  await predict.getByText('Show the working').click();
  await expect(predict.locator('.bp-ex-nojs')).toContainText('Running the layers');
  await context.close();
});

test('Check pressed before the exercise code arrives is kept, and never reloads the page', async ({
  page,
}) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/exercise-upgrade.*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(CH2);
  const form = exercise(page, '2.1');
  await form.scrollIntoViewIfNeeded();
  const box = form.getByRole('textbox', { name: 'Your answer' });
  await box.fill('1');
  await form.getByRole('button', { name: 'Check' }).click();
  expect(new URL(page.url()).search).toBe(''); // no ?answer=1: the page did not submit away
  await expect(box).toHaveValue('1');
  release();
  await expect(form.getByRole('status')).toHaveText(/^Not yet/, { timeout: 20_000 });
});

test('New numbers clears the answer given to the last problem, a prediction too', async ({
  page,
}) => {
  await page.goto(CH2);
  const form = exercise(page, '2.4');
  await live(form);
  await form.getByRole('radio').first().check();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.getByRole('status')).not.toHaveText('');
  await form.getByRole('button', { name: 'New numbers' }).click();
  await expect(form.getByRole('status')).toHaveText(/^New numbers: /);
  for (const radio of await form.getByRole('radio').all()) await expect(radio).not.toBeChecked();
});

test('by keyboard: type, Enter checks; New numbers changes the problem', async ({ page }) => {
  await page.goto(CH1);
  const form = exercise(page, '1.1');
  await live(form);
  const box = form.getByRole('textbox', { name: 'Your answer' });
  await box.focus();
  await page.keyboard.type(String(await centralDifferenceAnswer(form)));
  await page.keyboard.press('Enter');
  await expect(form.getByRole('status')).toHaveText(/^Right/);
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Check' })).toBeFocused();
  await page.keyboard.press('Tab');
  const next = form.getByRole('button', { name: 'New numbers' });
  await expect(next).toBeFocused();
  const before = await promptOf(form);
  await page.keyboard.press('Enter');
  await expect(form.locator('.bp-ex-prompt')).not.toHaveText(before);
  await expect(next).toBeFocused();
  await expect(box).toHaveValue('');
  // Radio groups: arrows choose, and Check submits.
  const predict = exercise(page, '1.3');
  await live(predict);
  await predict.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(predict.getByRole('radio').nth(1)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(predict.getByRole('button', { name: 'Check' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(predict.getByRole('status')).toContainText('Not yet');
});

test('New numbers writes #<id>:seed=<n>, keeps other segments, and a cold link restores it', async ({
  page,
  browser,
}) => {
  await page.goto(`${CH1}#gradient-cost:parameters=500`);
  const form = exercise(page, '1.1');
  await live(form);
  const before = await promptOf(form);
  await form.getByRole('button', { name: 'New numbers' }).click();
  await expect(form.locator('.bp-ex-prompt')).not.toHaveText(before);
  await expect(form.getByRole('status')).toHaveText('New numbers: the problem changed.');
  const hash = await page.evaluate(() => location.hash);
  expect(hash).toMatch(/^#ex-why-1:seed=\d+\/gradient-cost:parameters=500$/);
  const shown = await promptOf(form);
  const answer = await centralDifferenceAnswer(form);
  // The working and the printed answer follow the new numbers.
  await expect(form.locator('.bp-ex-working .bp-ex-answer')).toHaveText(`Answer: ${answer}`);
  await expect(page.locator('#ex-why-1-key .bp-ex-key-answer')).toHaveText(`Answer: ${answer}`);

  const cold = await browser.newPage();
  await cold.goto(`${CH1}${hash}`);
  const restored = exercise(cold, '1.1');
  await expect(restored.locator('.bp-ex-prompt')).toHaveText(shown, { timeout: 20_000 });
  await expect(cold.locator('#gradient-cost-parameters')).toHaveValue('500', { timeout: 20_000 });
  // Back to no hash: the book's problem again.
  await cold.evaluate(() => (location.hash = ''));
  await expect(restored.locator('.bp-ex-prompt')).toHaveText(before);
  await cold.close();
});

test('a cold link to an exercise far down the page opens at it, with its numbers', async ({
  page,
  browser,
}) => {
  await page.goto(CH1);
  const book = await promptOf(exercise(page, '1.4'));
  const cold = await browser.newPage();
  await cold.goto(`${CH1}#ex-why-4:seed=12345`);
  const form = exercise(cold, '1.4');
  await expect(form.locator('xpath=..')).toHaveAttribute('data-seed', '12345', { timeout: 20_000 });
  await expect(form.locator('.bp-ex-prompt')).not.toHaveText(book);
  // Cells above it upgrade meanwhile; the page holds the exercise in view once it gets there.
  await expect(form).toBeInViewport({ timeout: 20_000 });
  await cold.close();
});

test('a link with a seed it cannot read says so and shows the book’s problem', async ({
  page,
  browser,
}) => {
  await page.goto(CH1);
  const book = await promptOf(exercise(page, '1.4'));
  for (const junk of ['seed=abc', 'seed=1e99', 'seed=-1', 'seed=99999999999', 'x=1']) {
    const cold = await browser.newPage();
    await cold.goto(`${CH1}#ex-why-4:${junk}`);
    const form = exercise(cold, '1.4');
    await expect(form.getByRole('status')).toHaveText(/seed is not a whole number/, {
      timeout: 20_000,
    });
    await expect(form.locator('.bp-ex-prompt')).toHaveText(book);
    await cold.close();
  }
});

test('progress is kept in this browser, shown quietly, and can be cleared', async ({ page }) => {
  await page.goto(CH1);
  const line = page.locator('.bp-progress');
  await expect(line).toBeHidden();
  const form = exercise(page, '1.1');
  await live(form);
  const box = form.getByRole('textbox', { name: 'Your answer' });
  await box.fill('0.5');
  await box.press('Enter');
  await expect(line).toHaveText(/Exercises: 0 of 4 solved, 1 tried\./);
  await box.fill(String(await centralDifferenceAnswer(form)));
  await box.press('Enter');
  await expect(line).toContainText('Exercises: 1 of 4 solved.');
  expect(await page.evaluate(() => localStorage.getItem('bp-exercises-v1'))).toBe(
    '{"ex-why-1":"solved"}',
  );
  await page.goto('/');
  const home = page.locator('.chapter-list li').first().locator('.bp-progress');
  await expect(home).toHaveText('Exercises: 1 of 4 solved.');
  await expect(page.locator('.chapter-list li').nth(1).locator('.bp-progress')).toBeHidden();
  await page.goto(CH1);
  await line.getByRole('button', { name: 'Clear my exercise progress' }).click();
  await expect(line).toContainText('was cleared');
  expect(await page.evaluate(() => localStorage.getItem('bp-exercises-v1'))).toBe('{}');
});

test('storage that fails never breaks an exercise', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    Storage.prototype.getItem = () => '{not json';
  });
  await page.goto(CH1);
  const form = exercise(page, '1.1');
  await live(form);
  const box = form.getByRole('textbox', { name: 'Your answer' });
  await box.fill(String(await centralDifferenceAnswer(form)));
  await box.press('Enter');
  await expect(form.getByRole('status')).toHaveText(/^Right/);
  expect(errors).toEqual([]);
});

test('print: problems with room to work; the chapter ends with answers for the numbers shown', async ({
  page,
}) => {
  await page.goto(CH1);
  const form = exercise(page, '1.1');
  await live(form);
  await form.getByRole('button', { name: 'New numbers' }).click();
  const answer = await centralDifferenceAnswer(form);
  await page.emulateMedia({ media: 'print' });
  await expect(form.locator('.bp-ex-space')).toBeVisible();
  await expect(form.locator('.bp-ex-working')).toBeHidden();
  await expect(form.getByRole('button')).toHaveCount(0);
  const answers = page.getByRole('region', { name: 'Answers' });
  await expect(answers).toBeVisible();
  await expect(answers.locator('.bp-ex-key')).toHaveCount(4);
  await expect(answers.locator('.bp-ex-key').first()).toContainText(`1.1 Answer: ${answer}`);
  // The answers come after the chapter's last exercise.
  const order = await page.evaluate(() => {
    const last = [...document.querySelectorAll('.bp-exercise')].at(-1)!;
    const section = document.querySelector('.bp-answers')!;
    return last.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  await page.emulateMedia({ media: 'screen' });
  await expect(answers).toBeHidden();
});

test('the whole book ends with its answers, numbered by chapter', async ({ page }) => {
  test.slow();
  await page.goto('/book/');
  await page.emulateMedia({ media: 'print' });
  const answers = page.getByRole('region', { name: 'Answers' });
  await expect(answers).toBeVisible();
  await expect(answers.getByRole('heading', { name: 'Chapter 1' })).toBeVisible();
  await expect(answers.getByRole('heading', { name: 'Chapter 2' })).toBeVisible();
  // Every exercise of the book, numbered by chapter, in the book's order.
  const expected = [
    ...['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4'],
    ...['3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '5.4'],
    ...['6.1', '6.2', '6.3', '6.4', '7.1', '7.2', '7.3', '7.4', '7.5'],
  ];
  await expect(answers.locator('.bp-ex-key strong')).toHaveText(expected);
  // No chapter keeps an answer key of its own on the whole-book page.
  await expect(page.locator('.book-chapter .bp-ex-key')).toHaveCount(0);
  const last = await page.evaluate(
    () => document.querySelector('main')!.lastElementChild!.className,
  );
  expect(last).toContain('bp-answers');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: exercises are clean in the ${theme} theme, with feedback and a refusal shown`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(CH2);
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    const a = exercise(page, '2.1');
    await live(a);
    await a.getByRole('textbox', { name: 'Your answer' }).fill('abc');
    await a.getByRole('button', { name: 'Check' }).click();
    const b = exercise(page, '2.2');
    await live(b);
    await b.getByRole('textbox', { name: 'Your answer' }).fill('1');
    await b.getByRole('button', { name: 'Check' }).click();
    await b.locator('details.bp-ex-working summary').click();
    const d = exercise(page, '2.4');
    await live(d);
    await d.getByRole('radio').first().check();
    await d.getByRole('button', { name: 'Check' }).click();
    expect(await axeViolations(page.locator('.bp-exercise'))).toEqual([]);
  });
}
