import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { upgradeCell } from './support/cells';

const PATH = '/chapters/affine-and-softmax/';

/** The rows of a result table, as the reader sees them. */
async function tableRows(cell: Locator, caption: string | RegExp): Promise<string[][]> {
  const table = cell.getByRole('table', { name: caption });
  await expect(table).toBeVisible();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.innerText.trim())),
    );
}

/** The exact values of a result table (from each number's `value`), independent of display format. */
async function tableValues(cell: Locator, caption: string | RegExp): Promise<number[][]> {
  const table = cell.getByRole('table', { name: caption });
  await expect(table).toBeVisible();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('data')].map((d) => Number(d.getAttribute('value')))),
    );
}

/** Types each value into a matrix field, row by row. */
async function fillMatrix(field: Locator, label: string, values: string[][]): Promise<void> {
  for (const [i, row] of values.entries()) {
    for (const [j, v] of row.entries()) {
      await field.getByLabel(`${label}, row ${i + 1}, column ${j + 1}`).fill(v);
    }
  }
}

async function open(page: Page): Promise<void> {
  await page.goto(PATH);
  await upgradeCell(page.locator('bp-affine'));
  await upgradeCell(page.locator('bp-softmax-loss'));
}

test('the static HTML holds every default value, the charts and the graph figure', async ({
  request,
}) => {
  const html = await (await request.get(PATH)).text();
  // Affine: Y, dX, dW, db with shapes.
  for (const text of [
    'Y = X·W + b (2 × 3)',
    'dX = dY·W<sup>T</sup> (2 × 2)',
    'db = column sums of dY (1 × 3)',
  ]) {
    expect(html).toContain(text);
  }
  for (const v of ['11', '12', '13', '14', '46', '32', '118']) {
    expect(html).toContain(`value="${v}"`);
  }
  expect(html).toContain('= 1 × 1 + 2 × 2 + 3 × 3 = 14');
  // Softmax-with-Loss: the loss, dx, a Plot chart per row with roles on its labelled groups.
  expect(html).toMatch(/value="0\.36137224054514\d*"/);
  expect(html).toContain('Row 1, true class 2');
  expect(html).toContain('Row 2, true class 0');
  expect(html.match(/<svg[^>]*class="[^"]*bp-bars/g)).toHaveLength(2);
  expect(html).not.toMatch(/<g aria-label="[^"]*"(?![^>]*role=)/);
  // The classifier figure with shapes on its wires.
  for (const label of ['X: N × D', 'dX: N × D', 'Y: N × M', 'dY: N × M']) {
    expect(html).toContain(label);
  }
});

test('Affine: edits recompute, resizing X or dY reshapes the matrices that share the size', async ({
  page,
}) => {
  await open(page);
  const cell = page.locator('bp-affine');
  const x = cell.getByRole('group', { name: /^X \(batch/ });
  // A first row of [1, 0]: that feature is 1 in every example, so dW's first row equals db.
  await x.getByLabel('X (batch, one example per row), row 1, column 1').fill('1');
  await expect
    .poll(() => tableRows(cell, 'dW = XT·dY (2 × 3)'))
    .toEqual([
      ['5', '7', '9'],
      ['4', '5', '6'],
    ]);
  await expect(cell.locator('.bp-worked')).toContainText('1 × 1 + 1 × 4 = 5');

  // One more example: dY grows a row to match, and Y is 3 × 3.
  await x.getByRole('button', { name: 'Add row' }).click();
  await expect(x).toContainText('3 × 2');
  await expect(cell.getByRole('group', { name: /^dY/ })).toContainText('3 × 3');
  await expect(cell.getByRole('table', { name: 'Y = X·W + b (3 × 3)' })).toBeVisible();
  // One more feature: W grows a row.
  await x.getByRole('button', { name: 'Add column' }).click();
  await expect(cell.getByRole('group', { name: /^W/ })).toContainText('3 × 3');
  await expect(cell.getByRole('table', { name: 'dX = dY·WT (3 × 3)' })).toBeVisible();

  // dY shares the batch size with X: removing its row removes X's, and nothing goes stale.
  const dY = cell.getByRole('group', { name: /^dY/ });
  await dY.getByRole('button', { name: 'Remove row' }).click();
  await expect(dY).toContainText('2 × 3');
  await expect(x).toContainText('2 × 3');
  await expect(dY.locator('.bp-field-error')).toHaveText('');
  await expect(cell.locator('.bp-stale-note')).toBeHidden();
  await expect(cell.getByRole('table', { name: 'Y = X·W + b (2 × 3)' })).toBeVisible();

  // A bad number keeps the last result.
  const w = cell.getByRole('group', { name: /^W/ });
  await w.getByLabel('W (weights), row 1, column 1').fill('abc');
  await expect(w.locator('.bp-field-error')).not.toHaveText('');
  await expect(cell.locator('.bp-stale-note')).toBeVisible();
});

/** The verdict the gradient check gives one gradient, read from its row of the check table. */
function verdict(cell: Locator, gradient: string): Locator {
  return cell
    .getByRole('table', { name: /central differences/ })
    .getByRole('row', { name: new RegExp(`^${gradient} `) })
    .getByRole('cell')
    .last();
}

test('Affine and Softmax-with-Loss: the gradient check follows an edit', async ({ page }) => {
  await open(page);
  const affine = page.locator('bp-affine');
  await affine.getByLabel('W (weights), row 1, column 2').fill('-4');
  // dX column 1 = dY · (row 1 of W): 1 − 8 + 9 = 2 and 4 − 20 + 18 = 2, so the check ran on the new W.
  await expect
    .poll(() => tableValues(affine, 'dX = dY·WT (2 × 2)'))
    .toEqual([
      [2, 46],
      [2, 118],
    ]);
  for (const gradient of ['dX', 'dW', 'db']) {
    await expect(verdict(affine, gradient)).toHaveText('agree');
  }
  await expect(affine).toContainText('agree for every gradient');
  // Y overflows to ∞: the loss is no number, so the check must not agree, and says it can't tell.
  await affine.getByLabel('X (batch, one example per row), row 2, column 1').fill('1e200');
  await affine.getByLabel('W (weights), row 1, column 1').fill('1e200');
  await expect(verdict(affine, 'dX')).toHaveText('can’t tell');
  await expect(affine.locator('.bp-check-table')).not.toContainText('NaN');
  // X = 1e10 is finite, but the estimates are mostly rounding: never "agree" at a large error.
  await affine.getByLabel('W (weights), row 1, column 1').fill('1');
  await affine.getByLabel('X (batch, one example per row), row 2, column 1').fill('1e10');
  await expect(verdict(affine, 'db')).not.toHaveText('agree');

  const softmax = page.locator('bp-softmax-loss');
  await softmax.getByLabel('Logits, row 1, column 1').fill('5');
  await expect(verdict(softmax, 'dx')).toHaveText('agree');
  const error = verdict(softmax, 'dx').locator('xpath=preceding-sibling::td[1]/data');
  expect(Number(await error.getAttribute('value'))).toBeLessThan(1e-7);
});

test('Softmax-with-Loss: [[0, 0]] with label 0 gives ln 2 and [−0.5, 0.5], in both label formats', async ({
  page,
}) => {
  await open(page);
  const cell = page.locator('bp-softmax-loss');
  const logits = cell.getByRole('group', { name: /^Logits/ });
  await logits.getByRole('button', { name: 'Remove row' }).click();
  await logits.getByRole('button', { name: 'Remove column' }).click();
  await expect(logits).toContainText('1 × 2');
  // The labels followed the logits; class 2 no longer exists, so row 1's one-hot moved to class 0.
  const oneHot = cell.getByRole('group', { name: /^Labels, one-hot/ });
  await expect(oneHot).toContainText('1 × 2');
  await fillMatrix(logits, 'Logits', [['0', '0']]);
  await fillMatrix(oneHot, 'Labels, one-hot', [['1', '0']]);
  const loss = cell.getByRole('table', { name: 'Loss' }).locator('data');
  await expect(loss).toHaveAttribute('value', String(Math.LN2));
  await expect(loss).toHaveText(/^0\.6931/);
  const dx = await tableValues(cell, 'dx = (y − t) / N (1 × 2)');
  expect(dx).toEqual([[-0.5, 0.5]]);

  // Class indices: the one-hot input hides, the index input shows, the numbers don't move.
  await cell.getByRole('radio', { name: 'Class indices' }).check();
  const labels = cell.getByRole('group', { name: /^Labels, class indices/ });
  await expect(labels).toBeVisible();
  await expect(oneHot).toBeHidden();
  await expect(labels.getByLabel('Labels, class indices, row 1, column 1')).toHaveValue('0');
  await expect(loss).toHaveAttribute('value', String(Math.LN2));
  expect(await tableValues(cell, 'dx = (y − t) / N (1 × 2)')).toEqual(dx);
});

test('Softmax-with-Loss: a logit of 1000 stays finite while the naive softmax gives NaN', async ({
  page,
}) => {
  await open(page);
  const cell = page.locator('bp-softmax-loss');
  const logits = cell.getByRole('group', { name: /^Logits/ });
  await logits.getByLabel('Logits, row 1, column 1').fill('1000');
  await expect(cell.locator('.bp-naive')).toContainText('In row 1, exp overflowed');
  // Issue 12: a result is never shown as NaN; the naive table says "no value" in words.
  const naive = cell.getByRole('table', { name: /^Naive softmax/ });
  await expect(naive).toContainText('no value');
  await expect(naive).not.toContainText('NaN');
  const y = await tableValues(cell, /^Probabilities y/);
  expect(y.flat().every(Number.isFinite)).toBe(true);
  const dx = await tableValues(cell, /^dx =/);
  expect(dx.flat().every(Number.isFinite)).toBe(true);
  // Row 1's true class is 2 (logit 4): log-sum-exp of [1000, 2.9, 4] is 1000, so that row loses
  // exactly 996; row 2 still loses −ln 0.659… . The loss is their mean.
  const loss = Number(
    await cell.getByRole('table', { name: 'Loss' }).locator('data').getAttribute('value'),
  );
  expect(loss).toBeCloseTo((996 - Math.log(0.6590011388859679)) / 2, 9);
});

test('Softmax-with-Loss: bad labels show a message beside the input and keep the result', async ({
  page,
}) => {
  await open(page);
  const cell = page.locator('bp-softmax-loss');
  const loss = cell.getByRole('table', { name: 'Loss' }).locator('data');
  const before = (await loss.getAttribute('value'))!;

  await cell.getByRole('radio', { name: 'Class indices' }).check();
  const labels = cell.getByRole('group', { name: /^Labels, class indices/ });
  await labels.getByLabel('Labels, class indices, row 1, column 1').fill('3');
  await expect(labels.locator('.bp-field-error')).toHaveText(
    'Label 3 in row 1 is out of range: with 3 classes, a label is a whole number from 0 to 2.',
  );
  await expect(cell.locator('.bp-stale-note')).toBeVisible();
  await expect(loss).toHaveAttribute('value', before);
  await labels.getByLabel('Labels, class indices, row 1, column 1').fill('2');
  await expect(cell.locator('.bp-stale-note')).toBeHidden();

  await cell.getByRole('radio', { name: 'One-hot rows' }).check();
  const oneHot = cell.getByRole('group', { name: /^Labels, one-hot/ });
  const logits = cell.getByRole('group', { name: /^Logits/ });
  // The one-hot labels share the class count with the logits: a class added to one is added to
  // both (its logit 0), so no shape mismatch arises; removing it restores the result.
  await oneHot.getByRole('button', { name: 'Add column' }).click();
  await expect(logits).toContainText('2 × 4');
  await expect(oneHot.locator('.bp-field-error')).toHaveText('');
  await expect(cell.locator('.bp-stale-note')).toBeHidden();
  await oneHot.getByRole('button', { name: 'Remove column' }).click();
  await expect(logits).toContainText('2 × 3');
  await expect(loss).toHaveAttribute('value', before);

  // An empty entry: the kit's message, beside the logits.
  await logits.getByLabel('Logits, row 2, column 2').fill('');
  await expect(logits.locator('.bp-field-error')).not.toHaveText('');
  await expect(loss).toHaveAttribute('value', before);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the chapter's cells and figure (${theme})`, async ({ page }) => {
    test.setTimeout(180_000); // axe is slow on a shared 2-core machine
    await open(page);
    await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
    // Exercise a redrawn chart, the naive NaN note and the other label input too. (Not the stale
    // state: the kit dims stale outputs to 55 % opacity, which axe reports as low contrast.)
    const softmax = page.locator('bp-softmax-loss');
    await softmax.getByLabel('Logits, row 1, column 1').fill('1000');
    await softmax.getByRole('radio', { name: 'Class indices' }).check();
    await expect(softmax.locator('.bp-naive')).toContainText('overflowed');
    // The chrome's gates run axe over whole pages; here, the chapter's own figures, in their states.
    const figures = page.locator('bp-affine, bp-softmax-loss, .bp-classifier');
    expect(await axeViolations(figures)).toEqual([]);
  });
}
