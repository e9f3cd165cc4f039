// Keyboard use of every built cell (issue 12, “Keyboard”): ↑/↓ nudges on long and precise
// numbers add exactly one step to what is typed; Tab never lands inside hidden content and stops
// only at controls (not at every number); one "Exact digits" button per cell shows exact values.
// Cells are discovered from dist/, so a cell added later is covered without editing this file.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtCells, type BuiltCell, upgradeCell } from '../support/cells';

// Many edits per test on a shared machine: a wide budget (no timing is asserted).
test.describe.configure({ timeout: 180_000 });

const cells = builtCells();

async function open(page: Page, c: BuiltCell): Promise<Locator> {
  await page.goto(c.page);
  const cell = page.locator(`bp-${c.kind}#${c.id}`);
  await upgradeCell(cell);
  return cell;
}

/** The oracle: a decimal text as an integer count of 10^−scale (exponent notation not needed). */
function scaled(text: string): { n: bigint; scale: number } {
  const neg = text.startsWith('-');
  const [int, frac = ''] = text.replace(/^[+-]/, '').split('.') as [string, string?];
  const n = BigInt(`${int}${frac}` || '0');
  return { n: neg ? -n : n, scale: frac.length };
}

/** typed + k × step, exactly, written with the typed decimals kept (docs/cells.md, “Nudges”). */
function expected(typed: string, step: string, k: bigint): string {
  const a = scaled(typed);
  const b = scaled(step);
  const s = Math.max(a.scale, b.scale);
  let n = a.n * 10n ** BigInt(s - a.scale) + k * b.n * 10n ** BigInt(s - b.scale);
  let scale = s;
  while (scale > a.scale && n % 10n === 0n) {
    n /= 10n;
    scale--;
  }
  const neg = n < 0n;
  const digits = (neg ? -n : n).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  return `${neg ? '-' : ''}${int}${scale > 0 ? `.${digits.slice(digits.length - scale)}` : ''}`;
}

const TYPED = ['9007199254740993', '123456789012345', '0.1234567890123'];
const KEYS: [key: string, k: bigint][] = [
  ['ArrowUp', 1n],
  ['Shift+ArrowUp', 10n],
  ['ArrowDown', -1n],
  ['Shift+ArrowDown', -10n],
];

for (const c of cells) {
  test.describe(`${c.kind} #${c.id} on ${c.page}`, () => {
    test('↑/↓ on long and precise numbers add exactly one step (Shift: ten) to what is typed', async ({
      page,
    }) => {
      const cell = await open(page, c);
      // The first scalar input, else the first matrix entry (entries step by 1).
      const scalar = cell.locator('.bp-field-scalar input');
      const input =
        (await scalar.count()) > 0 ? scalar.first() : cell.locator('.bp-matrix-entry').first();
      const step = (await input.getAttribute('data-step')) ?? '1';
      for (const typed of TYPED) {
        for (const [key, k] of KEYS) {
          await input.fill(typed);
          await input.press(key);
          await expect(input, `${typed} then ${key}, step ${step}`).toHaveValue(
            expected(typed, step, k),
          );
        }
      }
    });

    test('Tab stops only at visible controls, a few per cell, never inside hidden content', async ({
      page,
    }) => {
      const cell = await open(page, c);
      // Open every "Show as table" too: the table's numbers must not become stops either.
      for (const b of await cell.locator('[data-action="table"]').all()) await b.click();
      // Start from a probe just before the cell, then Tab until focus leaves the cell.
      await cell.evaluate((el) => {
        const probe = document.createElement('button');
        probe.id = 'bp-tab-probe';
        probe.textContent = 'probe';
        el.before(probe);
        probe.focus();
      });
      const stops: string[] = [];
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate((id) => {
          const el = document.activeElement;
          const cellEl = document.getElementById(id);
          if (!el || !cellEl?.contains(el)) return null;
          const hiddenBy = el.closest(
            '[hidden], [inert], .bp-visually-hidden, [aria-hidden="true"]',
          );
          const r = el.getBoundingClientRect();
          return {
            what: `${el.tagName.toLowerCase()}.${el.className}`,
            visible:
              el.checkVisibility({ checkVisibilityCSS: true }) && r.width > 2 && r.height > 2,
            hiddenBy: hiddenBy ? `${hiddenBy.tagName.toLowerCase()}.${hiddenBy.className}` : '',
          };
        }, c.id);
        if (!at) break;
        expect(at.hiddenBy, `${at.what} is inside hidden content`).toBe('');
        expect(at.visible, `${at.what} has focus but is not visible`).toBe(true);
        stops.push(at.what);
      }
      // Bounded by the controls a reader can see: text boxes, radio groups, buttons, the code
      // view's summary, the scrollable graph region. Numbers are not stops.
      const bound = await cell.evaluate((el) => {
        const seen = (e: Element): boolean => (e as HTMLElement).checkVisibility();
        const all = [...el.querySelectorAll('input, button, summary, [tabindex="0"]')].filter(seen);
        const groups = new Set(
          all
            .filter((e) => (e as HTMLInputElement).type === 'radio')
            .map((e) => (e as HTMLInputElement).name),
        );
        return all.filter((e) => (e as HTMLInputElement).type !== 'radio').length + groups.size;
      });
      expect(stops.length).toBeGreaterThan(0);
      expect(stops.length, stops.join('\n')).toBeLessThanOrEqual(bound);
      expect(stops.filter((s) => s.includes('bp-num'))).toEqual([]);
    });

    test('one "Exact digits" button shows every result number exactly, and says so', async ({
      page,
    }) => {
      const cell = await open(page, c);
      const button = cell.getByRole('button', { name: 'Exact digits' });
      await expect(button).toHaveCount(1);
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      const shown = (): Promise<{ text: string; value: string }[]> =>
        cell.locator('.bp-outputs .bp-num').evaluateAll((els) =>
          els
            .filter((e) => (e as HTMLElement).checkVisibility())
            .map((e) => ({
              text: (e as HTMLElement).innerText,
              value: e.getAttribute('value')!,
            })),
        );
      // A click can land while a cell above settles (lazy upgrades move the page); seen once
      // in CI. Press again only while it still reads unpressed.
      await expect(async () => {
        if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
        await expect(button).toHaveAttribute('aria-pressed', 'true', { timeout: 1_000 });
      }).toPass({ timeout: 10_000 });
      await expect(cell.locator('[role="status"]')).toHaveText(/exact digits/);
      for (const n of await shown()) expect(n.text.replace('−', '-')).toBe(n.value);
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      await expect(cell.locator('[role="status"]')).toHaveText(/rounded/);
    });
  });
}
