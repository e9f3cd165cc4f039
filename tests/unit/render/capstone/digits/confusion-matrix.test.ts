import { describe, expect, it } from 'vitest';
import {
  confusionMatrixHtml,
  confusionTotals,
} from '../../../../../src/render/capstone/digits/confusion-matrix';

const m = [
  [5, 1, 0],
  [0, 4, 2],
  [1, 0, 7],
];

describe('confusion matrix table', () => {
  it('counts the diagonal as right and everything as the total', () => {
    expect(confusionTotals(m)).toEqual({ correct: 16, total: 20 });
  });

  it('shows every count as text, row by row, with the totals in the caption', () => {
    const html = confusionMatrixHtml(m);
    const cells = [...html.matchAll(/<td[^>]*>(\d+)<\/td>/g)].map((x) => Number(x[1]));
    expect(cells).toEqual(m.flat());
    expect(html).toContain('Confusion matrix on the 20 test images: 16 right.');
  });

  it('marks the diagonal by class (not by colour alone) and names headers for screen readers', () => {
    const html = confusionMatrixHtml(m);
    const hits = [...html.matchAll(/<td class="bp-cm-hit[^"]*">(\d+)/g)].map((x) => Number(x[1]));
    expect(hits).toEqual([5, 4, 7]);
    expect(html).toContain('<span class="sr-only">True 2</span>');
    expect(html).toContain('<span class="sr-only">Read as 1</span>');
    expect(html.match(/<th scope="row">/g)).toHaveLength(3);
  });

  it('shades by share of the row: empty cells level 0, a whole row level 4', () => {
    const html = confusionMatrixHtml([
      [10, 0],
      [1, 3],
    ]);
    expect(html).toMatch(/bp-cm-hit bp-cm-l4">10/);
    expect(html).toMatch(/bp-cm-zero bp-cm-l0">0/);
    expect(html).toMatch(/bp-cm-miss bp-cm-l1">1/);
    expect(html).toMatch(/bp-cm-hit bp-cm-l3">3/);
  });
});
