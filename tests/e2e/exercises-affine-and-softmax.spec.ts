// Chapter 6's exercises (issue 16, part E3): a typed answer, wrong (with its hint) then right, by
// role and label; and the find-the-bug exercise's gradient check, by its button.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';

const CH6 = '/chapters/affine-and-softmax/';

const exercise = (page: Page, n: string): Locator =>
  page.getByRole('form', { name: new RegExp(`^Exercise ${n.replace('.', '\\.')}\\b`) });

async function live(form: Locator): Promise<void> {
  await form.scrollIntoViewIfNeeded();
  await expect(form.locator('xpath=..')).toHaveClass(/\bbp-ex-live\b/, { timeout: 20_000 });
}

/** The dY the prompt shows, read from its table's exact values. */
async function givenMatrix(form: Locator): Promise<number[][]> {
  const rows = form.locator('.bp-ex-prompt table').first().locator('tbody tr');
  const out: number[][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const values = await rows
      .nth(i)
      .locator('data')
      .evaluateAll((ds) => ds.map((d) => Number(d.getAttribute('value'))));
    out.push(values);
  }
  return out;
}

test('Exercise 6.2: the mean of the column gets its hint, then the column sum is right', async ({
  page,
}) => {
  await page.goto(CH6);
  const form = exercise(page, '6.2');
  await live(form);
  const dY = await givenMatrix(form);
  const prompt = (await form.locator('.bp-ex-prompt').textContent()) ?? '';
  const col = Number(/entry (\d+) of db/.exec(prompt)?.[1]) - 1;
  const column = dY.map((row) => row[col]!);
  const sum = column.reduce((s, v) => s + v, 0);
  const box = form.getByRole('textbox', { name: 'Your answer' });
  const feedback = form.getByRole('status');
  // The mean of the column: the bias gradient is the sum, and the hint says so.
  await box.fill(String(sum / column.length));
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(feedback).toContainText('Not yet');
  await expect(feedback).toContainText('mean of the column');
  await box.fill(String(sum));
  await box.press('Enter');
  await expect(feedback).toContainText('Right');
});

test('Exercise 6.4: the gradient check blames one gradient; a wrong line, then the right one', async ({
  page,
}) => {
  await page.goto(CH6);
  const form = exercise(page, '6.4');
  await live(form);
  await form.getByText('Run the gradient check', { exact: true }).click();
  await expect(form.getByRole('cell', { name: 'disagrees' })).toHaveCount(1);
  const feedback = form.getByRole('status');
  const group = form.getByRole('group', { name: 'Your answer' });
  // Line 2 only fetches what forward saved: never the faulty line here.
  await group.getByRole('radio', { name: /^Line 2:/ }).check();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(feedback).toContainText('Not yet');
  await expect(feedback).toContainText('Line 2 computes no gradient');
  // The line the working names (it sits in "Show the working", for these numbers).
  const answer = (await form.locator('.bp-ex-answer').textContent()) ?? '';
  const line = /Line (\d+):/.exec(answer)?.[1];
  expect(line, answer).toBeTruthy();
  await group.getByRole('radio', { name: new RegExp(`^Line ${line}:`) }).check();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(feedback).toContainText('Right');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the chapter's exercises, check and working open, ${theme}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(CH6);
    await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
    const forms = page.locator('.bp-exercise');
    for (let i = 0; i < (await forms.count()); i++) {
      const form = forms.nth(i).getByRole('form');
      await live(form);
      for (const summary of await forms.nth(i).locator('summary').all()) await summary.click();
    }
    expect(await axeViolations(page.locator('.bp-exercise'))).toEqual([]);
  });
}
