// Chapter 7's exercises (issue 16, part E3): one gradient-descent step typed wrong (uphill, with
// its hint) then right, by role and label; and naming the bug behind the network's check.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';

const CH7 = '/chapters/two-layer-network/';

const exercise = (page: Page, n: string): Locator =>
  page.getByRole('form', { name: new RegExp(`^Exercise ${n.replace('.', '\\.')}\\b`) });

async function live(form: Locator): Promise<void> {
  await form.scrollIntoViewIfNeeded();
  await expect(form.locator('xpath=..')).toHaveClass(/\bbp-ex-live\b/, { timeout: 20_000 });
}

const number = (text: string): number => Number(text.replace('−', '-'));

test('Exercise 7.4: a step up the slope gets its hint, then W − η·dW is right', async ({
  page,
}) => {
  await page.goto(CH7);
  const form = exercise(page, '7.4');
  await live(form);
  const prompt = (await form.locator('.bp-ex-prompt').textContent()) ?? '';
  const m = /W = ([−\d.]+) has the gradient dW = ([−\d.]+).*η = ([\d.]+)\?/.exec(prompt);
  expect(m, prompt).not.toBeNull();
  const [w, g, eta] = [number(m![1]!), number(m![2]!), number(m![3]!)];
  const box = form.getByRole('textbox', { name: 'Your answer' });
  const feedback = form.getByRole('status');
  await box.fill(String(w + eta * g));
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(feedback).toContainText('Not yet');
  await expect(feedback).toContainText('up the slope');
  await box.fill(String(w - eta * g));
  await box.press('Enter');
  await expect(feedback).toContainText('Right');
});

test('Exercise 7.3: the check runs on its button; a wrong bug, then the right one', async ({
  page,
}) => {
  await page.goto(CH7);
  const form = exercise(page, '7.3');
  await live(form);
  await form.getByText('Run the gradient check', { exact: true }).click();
  const outcome = (await form.locator('.bp-netcheck-outcome').textContent()) ?? '';
  // Read the bug off the check, as the reader does.
  const disagree = await form.locator('tr.is-disagree th').allTextContents();
  const bug = outcome.startsWith('Caught by shape')
    ? /wrong transpose/
    : disagree.length === 0
      ? /^No bug/
      : disagree.length === 2
        ? /forgets its mask/
        : /no division by N/;
  const group = form.getByRole('group', { name: 'Your answer' });
  const feedback = form.getByRole('status');
  const wrong = bug.source === '^No bug' ? /forgets its mask/ : /^No bug/;
  await group.getByRole('radio', { name: wrong }).check();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(feedback).toContainText('Not yet');
  await group.getByRole('radio', { name: bug }).check();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(feedback).toContainText('Right');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the chapter's exercises, checks and working open, ${theme}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(CH7);
    await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
    const forms = page.locator('.bp-exercise');
    for (let i = 0; i < (await forms.count()); i++) {
      const form = forms.nth(i).getByRole('form');
      await live(form);
      for (const summary of await forms.nth(i).locator('summary').all()) await summary.click();
    }
    // The predict exercise shows its run once the reader has committed to an answer.
    const predict = exercise(page, '7.2');
    await predict.getByRole('radio').first().check();
    await predict.getByRole('button', { name: 'Check' }).click();
    await expect(predict.getByRole('status')).not.toBeEmpty();
    expect(await axeViolations(page.locator('.bp-exercise'))).toEqual([]);
  });
}
