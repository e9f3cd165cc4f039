// A keystroke in a cell recomputes and patches the DOM without reading layout back: a read of
// a size after the patch forces a synchronous style and layout inside the input handler (the
// graph fitting did, 1 ms a keystroke on the shopping graph). `npm run bench:cells` gives the
// figures; this holds the property.
import { expect, test } from '@playwright/test';
import { upgradeCell } from './support/cells';

test('typing into the shopping cell reads no layout in its input handler', async ({ page }) => {
  await page.goto('/chapters/computational-graphs/');
  await upgradeCell(page.locator('bp-shopping'));
  const reads = await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#shopping-applePrice')!;
    let count = 0;
    const names: string[] = [];
    const count1 = (name: string) => {
      count++;
      names.push(name);
    };
    const wrapGetter = (proto: object, key: string) => {
      const d = Object.getOwnPropertyDescriptor(proto, key)!;
      Object.defineProperty(proto, key, {
        configurable: true,
        get(this: unknown) {
          count1(key);
          return d.get!.call(this);
        },
      });
    };
    for (const key of ['clientWidth', 'clientHeight', 'scrollWidth', 'scrollHeight'])
      wrapGetter(Element.prototype, key);
    for (const key of ['offsetWidth', 'offsetHeight', 'offsetTop', 'offsetLeft'])
      wrapGetter(HTMLElement.prototype, key);
    const rect = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      count1('getBoundingClientRect');
      return rect.call(this);
    };
    const style = window.getComputedStyle;
    window.getComputedStyle = (el, pseudo) => {
      count1('getComputedStyle');
      return style(el, pseudo);
    };
    for (const value of ['120', '121', '1e3', '7']) {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return { count, names: [...new Set(names)] };
  });
  expect(reads.names).toEqual([]);
  expect(reads.count).toBe(0);
  await expect(page.locator('bp-shopping .bp-result-forward')).toContainText('510.4');
});
