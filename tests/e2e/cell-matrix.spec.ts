import { expect, test } from '@playwright/test';

test('matrix inputs: shape, add/remove within bounds, paste, mismatch error, choice', async ({
  page,
}) => {
  await page.goto('/dev/cells/');
  const cell = page.locator('bp-kit-matrix');
  const w = cell.getByRole('group', { name: /Weights W/ });
  await expect(w).toContainText('8 × 8');
  await expect(w.getByRole('textbox')).toHaveCount(64);
  await w.getByRole('button', { name: 'Remove row' }).click();
  await expect(w).toContainText('7 × 8');
  // W is now 7 × 8 and X 8 × 8: the error sits beside X and the last result stays.
  const x = cell.getByRole('group', { name: /Inputs X/ });
  await expect(x.locator('.bp-field-error')).toContainText('must match');
  await expect(cell.locator('.bp-stale-note')).toBeVisible();
  await w.getByRole('button', { name: 'Add row' }).click();
  await expect(w).toContainText('8 × 8');
  await expect(cell.locator('.bp-stale-note')).toBeHidden();
  // 8 is the bound: the button stays focusable but is off, and says why where it is seen.
  await expect(w.getByRole('button', { name: 'Add row' })).toHaveAttribute('aria-disabled', 'true');
  // (Playwright's click waits for aria-disabled to clear; a keyboard reader presses it.)
  await w.getByRole('button', { name: 'Add row' }).press('Enter');
  await expect(w).toContainText('8 × 8');
  await expect(w.locator('.bp-matrix-note')).toHaveText(
    'Weights W is 8 × 8: it takes at most 8 rows.',
  );
  const entry = w.getByLabel('Weights W, row 2, column 3');
  await entry.fill('x');
  await expect(entry).toHaveAttribute('aria-invalid', 'true');
  await expect(w.locator('.bp-field-error')).toContainText('Row 2, column 3');
  await entry.fill('0.5');

  // Paste two rows into X: it becomes 2 × 2 and W no longer matches.
  const first = x.getByLabel('Inputs X, row 1, column 1');
  await first.focus();
  await first.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', '1, 2\n3 4\n');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(x).toContainText('2 × 2');
  await expect(x.getByRole('textbox')).toHaveCount(4);
  await expect(x.getByLabel('Inputs X, row 2, column 2')).toHaveValue('4');
  // A ragged paste is refused beside the field; Reset clears it.
  await x.getByLabel('Inputs X, row 1, column 1').evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', '1 2\n3');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(x.locator('.bp-field-error')).toHaveText(
    'Row 2 of the pasted text has 1 value but row 1 has 2. Nothing was pasted.',
  );
  await expect(cell.locator('.bp-stale-note')).toBeVisible();
  await cell.getByRole('button', { name: 'Reset' }).click();
  await expect(x).toContainText('8 × 8');
  await expect(x.locator('.bp-field-error')).toBeEmpty();
  await expect(cell.locator('.bp-stale-note')).toBeHidden();

  const loss = cell.locator('.bp-result-forward');
  const sum = await loss.innerText();
  await cell.getByRole('radio', { name: 'Mean' }).check();
  await expect(loss).not.toHaveText(sum);
});
