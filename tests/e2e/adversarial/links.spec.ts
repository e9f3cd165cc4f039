// Links and the URL, for every cell the built book has (found in dist/, not listed by hand): the
// link a cell makes restores it in a new tab and scrolls to it; hash changes after load (typed,
// pasted, Back) apply to the cells they name; a plain #section anchor leaves the cells alone; and
// the refusals a careless or hostile link meets are visible.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtCells, type BuiltCell } from '../support/cells';

const cells = builtCells();

/** The cell, scrolled to and upgraded (cells may upgrade only when they come near the viewport). */
async function liveCell(page: Page, id: string): Promise<Locator> {
  const cell = page.locator(`#${id}`);
  await cell.scrollIntoViewIfNeeded();
  await expect(cell).toHaveClass(/\bbp-upgraded\b/);
  return cell;
}

/** The first visible number box of the cell: its place (for finding it again) and its value. */
async function firstBox(cell: Locator): Promise<{ index: number; field: string; value: string }> {
  return cell.evaluate((el) => {
    const boxes = [...el.querySelectorAll<HTMLInputElement>('.bp-inputs input[type="text"]')];
    const index = boxes.findIndex((b) => b.offsetParent !== null);
    const box = boxes[index]!;
    return {
      index,
      field: box.closest<HTMLElement>('[data-field]')!.dataset['field']!,
      value: box.value,
    };
  });
}

const box = (cell: Locator, index: number): Locator =>
  cell.locator('.bp-inputs input[type="text"]').nth(index);
/** The outputs as shown. A cell far off screen is not rendered (`content-visibility: auto`), and
 * its innerText is then empty, so it is brought near first. */
async function outputs(cell: Locator): Promise<string> {
  await cell.scrollIntoViewIfNeeded();
  return cell.locator('.bp-outputs').innerText();
}
/** Another valid value, one away from the book's. */
const changed = (value: string): string => String(Number(value) + 1);

/** The hash segment that sets the cell's first box to `value`, every other input as it is. */
async function segmentSetting(cell: Locator, index: number, value: string): Promise<string> {
  return cell.evaluate(
    (el, { index, value }) => {
      const target = el.querySelectorAll<HTMLInputElement>('.bp-inputs input[type="text"]')[index]!;
      const field = target.closest<HTMLElement>('[data-field]')!;
      const name = field.dataset['field']!;
      if (!field.querySelector('.bp-matrix-row')) return `${el.id}:${name}=${value}`;
      const rows = [...field.querySelectorAll('.bp-matrix-row')].map((row) =>
        [...row.querySelectorAll('input')].map((i) => (i === target ? value : i.value)).join(','),
      );
      return `${el.id}:${name}=${rows.join(';')}`;
    },
    { index, value },
  );
}

/** The part of the cell's title that sits in the viewport (0 when scrolled away from it). */
async function titleInView(page: Page, cell: BuiltCell): Promise<void> {
  await expect(page.locator(`#${cell.id}-title`)).toBeInViewport();
}

for (const cell of cells) {
  test(`${cell.page} #${cell.id}: the cell’s own link restores it, cold, scrolled into view`, async ({
    page,
  }) => {
    await page.goto(cell.page);
    const live = await liveCell(page, cell.id);
    const before = await outputs(live);
    const first = await firstBox(live);
    const value = changed(first.value);
    await box(live, first.index).fill(value);
    await expect.poll(() => outputs(live)).not.toBe(before);
    const after = await outputs(live);
    await live.locator('button[data-action="link"]').click();
    await expect(live.locator('.bp-link-note')).toBeVisible();
    await expect.poll(() => new URL(page.url()).hash).toContain(`${cell.id}:`);
    const url = page.url();
    expect(url.length).toBeLessThanOrEqual(2000);

    const cold = await page.context().newPage();
    await cold.goto(url);
    // No scrolling by the test: the page itself must bring the cell into view.
    await titleInView(cold, cell);
    const restored = cold.locator(`#${cell.id}`);
    await expect(restored).toHaveClass(/\bbp-upgraded\b/);
    await expect(box(restored, first.index)).toHaveValue(value);
    await expect.poll(() => outputs(restored)).toBe(after);
    await expect(restored).not.toHaveClass(/\bbp-stale\b/);
    await expect(restored.locator('.bp-message')).toBeHidden();
    await cold.close();
  });

  test(`${cell.page} #${cell.id}: hash changes after load apply; a plain anchor leaves it alone; Back restores the book`, async ({
    page,
  }) => {
    await page.goto(cell.page);
    const live = await liveCell(page, cell.id);
    const before = await outputs(live);
    const first = await firstBox(live);
    const value = changed(first.value);
    const segment = await segmentSetting(live, first.index, value);

    // Typed or pasted into the address bar: a new history entry whose hash names the cell.
    await page.evaluate((h) => (location.hash = h), segment);
    await expect(box(live, first.index)).toHaveValue(value);
    await expect.poll(() => outputs(live)).not.toBe(before);
    const linked = await outputs(live);

    // A plain anchor (here the cell's own id) scrolls, and leaves the inputs as they are.
    await page.evaluate((id) => (location.hash = id), cell.id);
    await expect(page).toHaveURL(new RegExp(`#${cell.id}$`));
    await expect(box(live, first.index)).toHaveValue(value);
    expect(await outputs(live)).toBe(linked);

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`#${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(box(live, first.index)).toHaveValue(value);

    // Back to the page without state: the book's values again.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    await expect(box(live, first.index)).toHaveValue(first.value);
    await expect.poll(() => outputs(live)).toBe(before);
  });
}

const SHOPPING = '/chapters/computational-graphs/';
const AFFINE = '/chapters/affine-and-softmax/';
const GALLERY = '/dev/cells/';

test('a trailing “&” (an empty pair) is accepted', async ({ page }) => {
  await page.goto(`${SHOPPING}#shopping:applePrice=5&`);
  const cell = await liveCell(page, 'shopping');
  await expect(cell.getByLabel('Apple price')).toHaveValue('5');
  await expect(cell.locator('.bp-message')).toBeHidden();
});

test('a 100 kB hash is refused with a visible note, and the book’s values stay', async ({
  page,
}) => {
  await page.goto(`${SHOPPING}#shopping:applePrice=${'1'.repeat(100_000)}`);
  const cell = await liveCell(page, 'shopping');
  await expect(cell.locator('.bp-message')).toBeVisible();
  await expect(cell.locator('.bp-message')).toContainText('2000');
  await expect(cell.getByLabel('Apple price')).toHaveValue('100');
  await expect(cell.locator('.bp-result-forward')).toContainText('715');
});

test('values that don’t fit together (X 2 × 3, W 2 × 2) open marked, with a note naming the misfit', async ({
  page,
}) => {
  await page.goto(`${AFFINE}#affine-batch:x=1,2,3;4,5,6&w=1,2;3,4`);
  const cell = await liveCell(page, 'affine-batch');
  const w = cell.locator('[data-field="w"]');
  const message = (await w.locator('.bp-field-error').textContent()) ?? '';
  expect(message).toMatch(/2 × 2/);
  await expect(cell.locator('.bp-message')).toBeVisible();
  await expect(cell.locator('.bp-message')).toContainText(message);
  await expect(cell).toHaveClass(/\bbp-stale\b/);
  await expect(cell.getByLabel('W (weights), row 2, column 2')).toHaveValue('4');
});

test('an out-of-range value in a link shows in its box with its message, as if typed', async ({
  page,
}) => {
  await page.goto(`${AFFINE}#softmax-loss-graph:a0=200`);
  const cell = await liveCell(page, 'softmax-loss-graph');
  const a0 = cell.locator('[data-field="a0"]');
  await expect(a0.locator('input')).toHaveValue('200');
  const message = (await a0.locator('.bp-field-error').textContent()) ?? '';
  expect(message).not.toBe('');
  await expect(cell.locator('.bp-message')).toContainText(message);
  await expect(cell).toHaveClass(/\bbp-stale\b/);
});

test('a link whose value overflows names the input once, not “x: x 1e308 …”', async ({ page }) => {
  await page.goto('/chapters/chain-rule/#mul-node:x=1e308');
  const cell = await liveCell(page, 'mul-node');
  await expect(cell.locator('.bp-message')).toContainText('1e308 makes a result overflow');
  await expect(cell.locator('.bp-message')).not.toContainText('x: x');
});

test('a label index too large in a link shows in its box with its message', async ({ page }) => {
  await page.goto(`${AFFINE}#softmax-loss:labelFormat=index&labels=9;0`);
  const cell = await liveCell(page, 'softmax-loss');
  const labels = cell.locator('[data-field="labels"]');
  await expect(labels.locator('input').first()).toHaveValue('9');
  const message = (await labels.locator('.bp-field-error').textContent()) ?? '';
  expect(message).not.toBe('');
  await expect(cell.locator('.bp-message')).toContainText(message);
});

test('a link made while a box shows “abc” links the last values that worked, and says so', async ({
  page,
}) => {
  await page.goto(SHOPPING);
  const cell = await liveCell(page, 'shopping');
  await cell.getByLabel('Apple price').fill('120');
  await cell.getByLabel('Apple price').fill('abc');
  await cell.locator('button[data-action="link"]').click();
  await expect(cell.locator('.bp-link-note')).toContainText('last values that worked');
  await expect(cell.locator('.bp-link-note')).toContainText('Apple price');
  await expect(cell.locator('.bp-link-note')).toBeInViewport();
  expect(new URL(page.url()).hash).toBe('#shopping:applePrice=120');
});

test('a cell at the book’s values is named with no values; other cells’ state is kept', async ({
  page,
}) => {
  await page.goto(`${SHOPPING}#other:x=1`);
  const cell = await liveCell(page, 'shopping');
  await cell.getByLabel('Tax').fill('1.2');
  await cell.locator('button[data-action="link"]').click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#shopping:tax=1.2/other:x=1');
  await cell.getByLabel('Tax').fill('1.1');
  await cell.locator('button[data-action="link"]').click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#shopping:/other:x=1');
  // Opened cold, that link scrolls to the cell (a link without its id opened at the top).
  const cold = await page.context().newPage();
  await cold.goto(page.url());
  await expect(cold.locator('#shopping')).toBeInViewport();
  await expect
    .poll(async () => (await cold.locator('#shopping').boundingBox())!.y)
    .toBeLessThan(80);
  await expect(cold.locator('#shopping').getByLabel('Tax')).toHaveValue('1.1');
});

test('a link over 2000 characters is refused with a note, and the address bar keeps the old one', async ({
  page,
}) => {
  const long = '-1.2345678901234567';
  const w = Array.from({ length: 8 }, () => Array(8).fill(long).join(',')).join(';');
  await page.goto(`${GALLERY}#matrix:w=${w}`);
  const cell = await liveCell(page, 'matrix');
  await expect(cell.getByLabel('Weights W, row 8, column 8')).toHaveValue(long);
  // The reader takes over the scroll, as one who scrolls down to the Link button does: the cold
  // link stops holding the cell's top in place (widgets/link-scroll.ts).
  await page.mouse.wheel(0, 40);
  const hash = new URL(page.url()).hash;
  // Every entry of X to a long number (as a reader could, box by box), then Link.
  await cell.evaluate((el, v) => {
    for (const i of el.querySelectorAll<HTMLInputElement>('[data-field="x"] input')) i.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, long);
  await expect(cell).not.toHaveClass(/\bbp-stale\b/);
  await cell.locator('button[data-action="link"]').click();
  await expect(cell.locator('.bp-link-note')).toContainText('2000');
  await expect(cell.locator('.bp-link-note')).toContainText('Nothing was copied');
  // Said beside the button just pressed, not at the top of a tall cell.
  await expect(cell.locator('.bp-link-note')).toBeInViewport();
  expect(new URL(page.url()).hash).toBe(hash);
});

test('a cold #section anchor still scrolls to its heading, and the cells keep the book’s values', async ({
  page,
}) => {
  await page.goto(`${SHOPPING}#forward-propagation`);
  await expect(page.locator('#forward-propagation')).toBeInViewport();
  // The heading is held in place while the page above it settles (widgets/link-scroll.ts) until
  // the reader takes over the scroll, as one scrolling on to the cell does.
  await page.mouse.wheel(0, 40);
  const cell = await liveCell(page, 'shopping');
  await expect(cell.getByLabel('Apple price')).toHaveValue('100');
  await expect(cell.locator('.bp-message')).toBeHidden();
  // The cell still upgraded fully: its graph steps.
  await cell.getByRole('button', { name: 'Step backward' }).click();
  await expect(cell.locator('.bp-step-panel')).toBeVisible();
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('a cold link still brings its cell into view', async ({ page }) => {
    const cell = cells.at(-1)!;
    await page.goto(`${cell.page}#${cell.id}:`);
    await titleInView(page, cell);
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
      true,
    );
  });
});
