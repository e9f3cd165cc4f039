// Chapters 3–5's exercises (issue 16): in each chapter one exercise answered wrong (with the hint
// for that mistake), then right, by role and label. The answers are computed here from the numbers
// the prompt states, so the test holds for any seed the page shows.
import { expect, test, type Locator, type Page } from '@playwright/test';

const exercise = (page: Page, n: string): Locator =>
  page.getByRole('form', { name: new RegExp(`^Exercise ${n.replace('.', '\\.')}\\b`) });

async function live(form: Locator): Promise<void> {
  await form.scrollIntoViewIfNeeded();
  await expect(form.locator('xpath=..')).toHaveClass(/\bbp-ex-live\b/, { timeout: 20_000 });
}

/** The numbers named `names` in the prompt, e.g. "x = -3" → -3. */
async function promptNumbers(form: Locator, names: string[]): Promise<Record<string, number>> {
  const text = (await form.locator('.bp-ex-prompt').textContent()) ?? '';
  return Object.fromEntries(
    names.map((name) => {
      const m = new RegExp(`\\b${name} = (-?\\d+(?:\\.\\d+)?)`).exec(text);
      expect(m, `${name} in: ${text}`).not.toBeNull();
      return [name, Number(m![1])];
    }),
  );
}

async function answer(form: Locator, text: string): Promise<Locator> {
  await form.getByRole('textbox', { name: 'Your answer' }).fill(text);
  await form.getByRole('button', { name: 'Check' }).click();
  return form.getByRole('status');
}

test('chapter 3: the multiply node, unswapped then swapped', async ({ page }) => {
  await page.goto('/chapters/chain-rule/');
  const form = exercise(page, '3.3');
  await live(form);
  const { x, y, dout } = await promptNumbers(form, ['x', 'y', 'dout']);
  const status = await answer(form, String(dout! * x!));
  await expect(status).toContainText('Not yet');
  await expect(status).toContainText('swaps its inputs');
  await expect(await answer(form, String(dout! * y!))).toContainText('Right');
});

test('chapter 4: find the bug from the gradient check', async ({ page }) => {
  await page.goto('/chapters/layers-in-code/');
  const form = exercise(page, '4.4');
  await live(form);
  await form.getByText('Run the gradient check', { exact: true }).click();
  const table = form.getByRole('table', { name: 'Gradient check' });
  const xRow = table.getByRole('row', { name: /^x\b/ });
  const wrongInput = (await xRow.textContent())?.includes('disagrees') ? 'dx' : 'dy';
  const answers = form.getByRole('group', { name: 'Your answer' });
  await answers.getByRole('radio', { name: 'return [dx, dy];' }).check();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.getByRole('status')).toContainText('Not yet');
  await answers.getByRole('radio', { name: new RegExp(`^const ${wrongInput} =`) }).check();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.getByRole('status')).toContainText('Right');
});

test('chapter 5: the sigmoid, a factor dropped then dout · y(1 − y)', async ({ page }) => {
  await page.goto('/chapters/activation-layers/');
  const form = exercise(page, '5.3');
  await live(form);
  const { y, dout } = await promptNumbers(form, ['y', 'dout']);
  const status = await answer(form, String(dout! * y!));
  await expect(status).toContainText('Not yet');
  await expect(status).toContainText('the factor (1 − y) is missing');
  await expect(await answer(form, String(dout! * y! * (1 - y!)))).toContainText('Right');
});
