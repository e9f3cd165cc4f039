// Valid numbers at the edge of Float64 (±1e308) typed into every numeric input of every built cell:
// a result that isn't finite is never shown as a number; when the inputs overflow, the cell says so
// beside its inputs and keeps the last good result, marked stale; a good value clears it.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtCells, type BuiltCell, koreanCells, upgradeCell } from '../support/cells';

/** NaN, Infinity or ∞ standing where a number stands (not inside a word such as "Infinitely"). */
const NON_FINITE = /(^|[^\p{L}\p{N}])[-−+]?(NaN|Infinity|∞)(?![\p{L}\p{N}])/u;

/**
 * Everything a reader (or a screen reader) gets as a number in the cell: visible text, titles,
 * aria-labels and the machine values of `<data>`. The naive softmax's explanation is prose that
 * may say "overflowed to ∞" in words; the numbers in its table are checked like all others.
 */
async function shownTexts(cell: Locator): Promise<string[]> {
  return cell.evaluate((root) => {
    const out: string[] = [];
    const prose = (el: Element): boolean => el.closest('.bp-naive p') !== null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || prose(el) || el.closest('[hidden], script, style')) continue;
      if (el.closest('svg') === null && el.getClientRects().length === 0) continue;
      if (n.textContent?.trim()) out.push(n.textContent.trim());
    }
    for (const el of root.querySelectorAll('[title], [aria-label], data[value]')) {
      if (prose(el)) continue;
      for (const a of ['title', 'aria-label', 'value']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });
}

async function expectNoNonFinite(cell: Locator, what: string): Promise<void> {
  const bad = (await shownTexts(cell)).filter((s) => NON_FINITE.test(s));
  expect(bad, `${what}: non-finite numbers shown`).toEqual([]);
}

/** The visible error messages beside the inputs (per field and for the whole cell). */
async function messages(cell: Locator): Promise<string[]> {
  const errs = cell.locator('.bp-field-error:visible, .bp-cell-error:visible');
  return (await errs.allTextContents()).map((s) => s.trim()).filter(Boolean);
}

/** One numeric input per field: each scalar, and the first entry of each matrix. */
async function inputsOf(cell: Locator): Promise<Locator[]> {
  const scalars = await cell.locator('.bp-field-scalar:visible input').all();
  const matrices = await cell.locator('.bp-field-matrix:visible').all();
  return [...scalars, ...matrices.map((m) => m.locator('.bp-matrix-entry').first())];
}

async function open(page: Page, c: BuiltCell): Promise<Locator> {
  await page.goto(c.page);
  const cell = page.locator(`#${c.id}`);
  await upgradeCell(cell);
  return cell;
}

/** Cells whose inputs the issue saw overflow: each such input must be refused with a message. */
const MUST_REFUSE: Record<string, readonly string[]> = {
  shopping: ['applePrice', 'appleCount', 'orangePrice', 'orangeCount', 'tax'],
  'mul-node': ['x', 'y', 'dout'],
  'buy-apple-orange': ['applePrice', 'appleCount', 'orangePrice', 'orangeCount', 'tax'],
  affine: ['x', 'w', 'dY'],
};

// The Korean edition's cells too: the same code with other words, whose messages must be Korean.
const cells = [...builtCells(), ...koreanCells()];
const HANGUL = /[\uac00-\ud7a3]/;

test('the built book has cells to try', () => {
  expect(cells.length).toBeGreaterThan(5);
});

for (const c of cells) {
  test(`${c.page}#${c.id} (${c.kind}): ±1e308 never shows a non-finite number`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const cell = await open(page, c);
    await expectNoNonFinite(cell, 'as built');
    const inputs = await inputsOf(cell);
    expect(inputs.length, 'numeric inputs').toBeGreaterThan(0);
    for (const input of inputs) {
      const field = await input.evaluate(
        (el) => el.closest('[data-field]')?.getAttribute('data-field') ?? '',
      );
      const good = await input.inputValue();
      for (const extreme of ['1e308', '-1e308']) {
        const what = `${field} = ${extreme}`;
        await input.fill(extreme);
        await expectNoNonFinite(cell, what);
        const stale = await cell.evaluate((el) => el.classList.contains('bp-stale'));
        const shown = await messages(cell);
        // Stale and a message go together: never a silent stale cell, never a message on a
        // current one.
        expect(shown.length > 0, `${what}: message iff stale (${shown.join(' | ')})`).toBe(stale);
        if (c.page.startsWith('/ko/')) {
          for (const m of shown) expect(m, `${what}: a Korean message`).toMatch(HANGUL);
        }
        if ((MUST_REFUSE[c.kind] ?? []).includes(field)) {
          expect(stale, `${what}: refused`).toBe(true);
        }
        await input.fill(good);
        await expect(cell, `${what} then ${good}: current again`).not.toHaveClass(/bp-stale/);
        expect(await messages(cell), `${what} then ${good}: messages cleared`).toEqual([]);
        await expectNoNonFinite(cell, `${what} then ${good}`);
      }
    }
  });
}
