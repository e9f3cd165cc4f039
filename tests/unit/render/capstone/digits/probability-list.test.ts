import { describe, expect, it } from 'vitest';
import {
  mostLikely,
  probabilityListHtml,
} from '../../../../../src/render/capstone/digits/probability-list';

describe('probability list', () => {
  const p = [0.01, 0.02, 0.9, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01];

  it('shows each probability as text and a bar of its width', () => {
    const html = probabilityListHtml(p);
    const values = [...html.matchAll(/bp-probs-value">([\d.]+)/g)].map((x) => x[1]);
    expect(values).toEqual(p.map((v) => v.toFixed(2)));
    expect(html).toContain('style="width:90%"');
  });

  it('marks the most likely digit in words, once', () => {
    const html = probabilityListHtml(p);
    expect(html.match(/most likely/g)).toHaveLength(1);
    expect(html).toMatch(/<li class="bp-probs-best"><span class="bp-probs-digit">2</);
  });

  it('names no digit for a blank pad, and says nothing is drawn', () => {
    const html = probabilityListHtml(p, true);
    expect(html).not.toContain('bp-probs-best');
    expect(html).not.toContain('(most likely)');
    expect(html).toContain('Nothing drawn');
    expect([...html.matchAll(/bp-probs-value">([\d.]+)/g)]).toHaveLength(10);
  });

  it('never shows NaN: a non-finite probability reads "no value" and draws no bar', () => {
    const html = probabilityListHtml([Number.NaN, 0.5, Infinity]);
    expect(html).not.toMatch(/NaN|Infinity/);
    expect(html.match(/no value/g)).toHaveLength(2);
    expect(mostLikely([Number.NaN, 0.5, Infinity])).toBe(1);
    expect(mostLikely([Number.NaN])).toBeUndefined();
  });
});
