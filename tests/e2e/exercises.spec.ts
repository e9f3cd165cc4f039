// The exercise kit (issue 16): a form named "Exercise C.K" with "Your answer" and "Check",
// polite feedback, refusals like a cell's, "New numbers" in the URL hash, progress kept in this
// browser, the printed answers, and the page without JavaScript.
import { expect, test, type Locator, type Page } from '@playwright/test';

const CH1 = '/chapters/why-backpropagation/';

async function live(form: Locator): Promise<void> {
  await form.scrollIntoViewIfNeeded();
  await expect(form.locator('xpath=..')).toHaveClass(/\bbp-ex-live\b/, { timeout: 20_000 });
}

/** Exercise 1.1's answer, computed here from the numbers its prompt states. */
async function centralDifferenceAnswer(form: Locator): Promise<number> {
  const text = (await form.locator('.bp-ex-prompt').textContent()) ?? '';
  const m = /f\(w\) = (-?[\d.]+)·w³.*w = (-?[\d.]+).*h = (-?[\d.]+)/.exec(text);
  expect(m, text).not.toBeNull();
  const [a, w, h] = [Number(m![1]), Number(m![2]), Number(m![3])];
  const f = (x: number): number => a * x ** 3;
  return (f(w + h) - f(w - h)) / (2 * h);
}

const exercise = (page: Page, n: string): Locator =>
  page.getByRole('form', { name: new RegExp(`^Exercise ${n.replace('.', '\\.')}\\b`) });

test('wrong, then right, by role and label; refusals sit beside the input', async ({ page }) => {
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
  await box.fill('1e309');
  await box.press('Enter');
  await expect(form.locator('.bp-ex-error')).toContainText('too large');
  await box.fill('');
  await box.press('Enter');
  await expect(form.locator('.bp-ex-error')).toHaveText('Enter a number.');
  const answer = await centralDifferenceAnswer(form);
  await box.fill(String(answer + 5));
  await box.press('Enter');
  await expect(box).not.toHaveAttribute('aria-invalid', 'true');
  await expect(feedback).toContainText('Not yet');
  await box.fill(String(answer));
  await box.press('Enter');
  await expect(feedback).toContainText('Right');
});
