// Matrix inputs of every built cell (issue 12, “Matrices”): paste does the same in every matrix
// (docs/cells.md, “Paste”), size limits are visible, and the Affine cell's W resizes for real and
// keeps X in step, for the buttons and for a paste alike. Cells are discovered from dist/.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtCells, type BuiltCell, upgradeCell } from '../support/cells';

// Many edits per test on a shared machine: a wide budget (no timing is asserted).
test.describe.configure({ timeout: 180_000 });

const withMatrices = builtCells().filter((c) =>
  ['affine', 'relu', 'softmax-loss', 'kit-matrix'].includes(c.kind),
);

async function open(page: Page, c: BuiltCell): Promise<Locator> {
  await page.goto(c.page);
  const cell = page.locator(`bp-${c.kind}#${c.id}`);
  await upgradeCell(cell);
  return cell;
}

/** Pastes `text` into `entry` as the reader would: the real clipboard and Ctrl+V. */
async function paste(page: Page, entry: Locator, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await entry.focus();
  await entry.press('Control+A');
  await entry.press('Control+V');
}

const shapeOf = (field: Locator): Promise<string> => field.locator('.bp-shape').innerText();
const grid = (field: Locator): Promise<string[][]> =>
  field
    .locator('.bp-matrix-row')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('input')].map((i) => i.value)));

test.describe('every matrix: paste does the same thing', () => {
  for (const c of withMatrices) {
    test(`${c.kind} #${c.id}: a value, a row, a block, a ragged block`, async ({ page }) => {
      const cell = await open(page, c);
      const fields = cell.locator('.bp-field-matrix:visible');
      for (const field of await fields.all()) {
        const shape = await shapeOf(field);
        const before = await grid(field);
        const [rows, cols] = [before.length, before[0]!.length];
        const first = field.locator('.bp-matrix-entry').first();

        // One value, even with a decimal comma, goes into the entry: the matrix keeps its shape.
        await paste(page, first, '1,5');
        await expect(first).toHaveValue('1,5');
        expect(await shapeOf(field)).toBe(shape);
        await expect(field.locator('.bp-field-error')).toContainText('Use a point for decimals');
        await first.fill(before[0]![0]!);

        // One row as wide as the matrix fills the entry's row; the other rows stay.
        const row = Array.from({ length: cols }, (_, j) => String(j + 2));
        await paste(page, first, row.join(' '));
        await expect.poll(() => grid(field)).toEqual([row, ...before.slice(1)]);

        // A block of the same shape replaces every entry.
        const block = before.map((r, i) => r.map((_, j) => String(i + j)));
        await paste(page, first, block.map((r) => r.join('\t')).join('\n'));
        await expect.poll(() => grid(field)).toEqual(block);
        expect(await shapeOf(field)).toBe(shape);

        // A ragged block is refused, naming the row; nothing changes.
        if (cols > 1 || rows > 1) {
          await paste(page, first, `${'1 '.repeat(cols + 1).trim()}\n1`);
          await expect(field.locator('.bp-field-error')).toContainText('Nothing was pasted.');
          await expect.poll(() => grid(field)).toEqual(block);
        }
        await cell.getByRole('button', { name: 'Reset' }).click();
      }
    });
  }
});

test.describe('every matrix: at a size limit the button is off and says why', () => {
  for (const c of withMatrices) {
    test(`${c.kind} #${c.id}`, async ({ page }) => {
      const cell = await open(page, c);
      for (const field of await cell.locator('.bp-field-matrix:visible').all()) {
        const remove = field.locator('[data-matrix-action="remove-row"]');
        if ((await remove.count()) === 0) continue;
        const [min] = (await field.getAttribute('data-rows'))!.split(',').map(Number);
        for (let i = 0; i < 8 && (await field.locator('.bp-matrix-row').count()) > min!; i++) {
          await expect(remove).toHaveAttribute('aria-disabled', 'false');
          await remove.click();
        }
        await expect(field.locator('.bp-matrix-row')).toHaveCount(min!);
        await expect(remove).toHaveAttribute('aria-disabled', 'true');
        await remove.focus();
        await remove.press('Enter');
        const note = field.locator('.bp-matrix-note');
        await expect(note).toBeVisible();
        await expect(note).toContainText(`it needs at least ${min} row`);
        await expect(remove).toBeFocused();
        await cell.getByRole('button', { name: 'Reset' }).click();
        await expect(note).toBeHidden();
      }
    });
  }
});

test.describe('Affine: W and X share a size', () => {
  const affine = builtCells().find((c) => c.kind === 'affine')!;

  test('Remove row on W removes its last row (X loses a column); Add row adds one', async ({
    page,
  }) => {
    const cell = await open(page, affine);
    const w = cell.getByRole('group', { name: /^W \(weights\)/ });
    const x = cell.getByRole('group', { name: /^X \(batch/ });
    await w.getByLabel('W (weights), row 2, column 1').fill('5');
    await w.getByRole('button', { name: 'Remove row' }).click();
    await expect.poll(() => grid(w)).toEqual([['1', '2', '3']]);
    await expect.poll(() => grid(x)).toEqual([['0'], ['1']]);
    await expect(cell.locator('.bp-stale-note')).toBeHidden();
    await w.getByRole('button', { name: 'Add row' }).click();
    await w.getByRole('button', { name: 'Add row' }).click();
    await expect(w).toContainText('3 × 3');
    await expect
      .poll(() => grid(x))
      .toEqual([
        ['0', '0', '0'],
        ['1', '0', '0'],
      ]);
    await expect(cell.getByRole('table', { name: 'dW = XT·dY (3 × 3)' })).toBeVisible();
    await expect(cell.locator('.bp-stale-note')).toBeHidden();
  });

  test('a block pasted into X reshapes W as Add column does; no false shape message', async ({
    page,
  }) => {
    const cell = await open(page, affine);
    const w = cell.getByRole('group', { name: /^W \(weights\)/ });
    const x = cell.getByRole('group', { name: /^X \(batch/ });
    await paste(
      page,
      x.getByLabel('X (batch, one example per row), row 1, column 1'),
      '1 2 3\n4 5 6',
    );
    await expect(x).toContainText('2 × 3');
    await expect(w).toContainText('3 × 3');
    await expect
      .poll(() => grid(w))
      .toEqual([
        ['1', '2', '3'],
        ['9', '8', '7'],
        ['0', '0', '0'],
      ]);
    await expect(w.locator('.bp-field-error')).toHaveText('');
    await expect(cell.locator('.bp-stale-note')).toBeHidden();
    // One row pasted from column 2 runs past the last column: X grows and W follows again.
    await paste(page, x.getByLabel('X (batch, one example per row), row 2, column 2'), '7 8 9');
    await expect
      .poll(() => grid(x))
      .toEqual([
        ['1', '2', '3', '0'],
        ['4', '7', '8', '9'],
      ]);
    await expect(w).toContainText('4 × 3');
    await expect(cell.locator('.bp-stale-note')).toBeHidden();
  });
});
