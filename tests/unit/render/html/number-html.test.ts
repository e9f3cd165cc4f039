import { describe, expect, it } from 'vitest';
import { numberHtml } from '../../../../src/render/html/number-html';

describe('numberHtml: a rounded number with its exact value, and no tab stop', () => {
  it('is not a tab stop (the cell’s “Exact digits” button reveals exact values instead)', () => {
    expect(numberHtml(3.3000000000000003)).not.toContain('tabindex');
    expect(numberHtml(2.2)).not.toContain('tabindex');
  });

  it('carries the exact value for hover (title) and as the machine value', () => {
    const html = numberHtml(3.3000000000000003);
    expect(html).toContain('value="3.3000000000000003"');
    expect(html).toContain('title="exact: 3.3000000000000003"');
  });

  it('holds both forms when rounding changed the digits, so the toggle needs no re-render', () => {
    expect(numberHtml(3.3000000000000003)).toBe(
      '<data class="bp-num" value="3.3000000000000003" title="exact: 3.3000000000000003">' +
        '<span class="bp-round">3.3</span><span class="bp-exact">3.3000000000000003</span></data>',
    );
  });

  it('is plain text when the rounded form is already exact', () => {
    expect(numberHtml(2.2)).toBe('<data class="bp-num" value="2.2" title="exact: 2.2">2.2</data>');
  });
});
