// The one axe setup for every e2e spec: the rule tags, and a run over a page or a part of one
// that returns each violation as readable text, so `expect(…).toEqual([])` shows what is wrong.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

/** WCAG 2.0–2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const SCOPE = 'data-axe-scope';
const isLocator = (t: Page | Locator): t is Locator => typeof (t as Locator).page === 'function';

/**
 * Runs axe on a whole page, or only on the elements a locator matches (in the state they are in
 * now), and returns one entry per violation: `id (impact): help` and the offending nodes.
 * `exclude` is a CSS selector to leave out.
 */
export async function axeViolations(
  target: Page | Locator,
  { exclude }: { exclude?: string } = {},
): Promise<string[]> {
  const scoped = isLocator(target);
  const page = scoped ? target.page() : target;
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (scoped) {
    // AxeBuilder takes CSS selectors, not locators: tag what the locator matches, for this run.
    const count = await target.evaluateAll(
      (els, attr) => els.map((el) => el.setAttribute(attr, '')).length,
      SCOPE,
    );
    if (count === 0) throw new Error(`axe: ${target.toString()} matches nothing`);
    builder.include(`[${SCOPE}]`);
  }
  if (exclude) builder.exclude(exclude);
  try {
    const { violations } = await builder.analyze();
    return violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
    );
  } finally {
    if (scoped) {
      await page.evaluate(
        (attr) => document.querySelectorAll(`[${attr}]`).forEach((el) => el.removeAttribute(attr)),
        SCOPE,
      );
    }
  }
}
