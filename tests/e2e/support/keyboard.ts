import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus (as a reader would), failing after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()} in ${max} presses`);
}

/** The focused element shows a visible focus indicator (an outline of real width). */
export async function expectVisibleFocus(target: Locator): Promise<void> {
  const ring = await target.evaluate((el) => {
    const own = getComputedStyle(el);
    // A focus ring may be drawn by a wrapper via :focus-within (the search field's pill).
    const wrap = el.closest('form');
    const s = own.outlineStyle !== 'none' ? own : wrap ? getComputedStyle(wrap) : own;
    return {
      style: s.outlineStyle,
      width: parseFloat(s.outlineWidth),
      visible: el.matches(':focus-visible'),
    };
  });
  expect(ring.visible, 'element matches :focus-visible').toBe(true);
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
}
