// The shared axe helper can fail: it reports a known violation, names the node, and a locator
// scope leaves out what lies outside it (so a scoped check is not a whole-page one by accident).
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';

const HTML = `<!doctype html><html lang="en"><head><title>t</title></head><body><main>
  <div id="inside"><img src="data:," class="bad-inside"></div>
  <div id="outside"><img src="data:," class="bad-outside"></div>
  <p id="clean">fine</p></main></body></html>`;

test('reports violations readably, on a page or only inside a locator', async ({ page }) => {
  await page.setContent(HTML);
  const whole = await axeViolations(page);
  expect(whole.join('\n')).toContain('image-alt (critical)');
  expect(whole.join('\n')).toContain('.bad-inside');
  expect(whole.join('\n')).toContain('.bad-outside');

  const inside = await axeViolations(page.locator('#inside'));
  expect(inside.join('\n')).toContain('.bad-inside');
  expect(inside.join('\n')).not.toContain('.bad-outside');
  expect(await axeViolations(page.locator('#clean'))).toEqual([]);
  // The scope marker is removed after the run.
  await expect(page.locator('[data-axe-scope]')).toHaveCount(0);
  await expect(axeViolations(page.locator('#nothing'))).rejects.toThrow('matches nothing');
});
