import { describe, expect, it } from 'vitest';
import { matrixTable, resultTable } from '../../../../src/render/kit/result-tables';
import { gridShape } from '../../../../src/render/kit/shape';

describe('result tables', () => {
  it('captions a matrix, escaped, with ᵀ as a superscript and the shape on request', () => {
    const html = matrixTable('dW = Xᵀ·dY <b>', [[1, 2]], 'backward', { shape: true });
    expect(html).toContain('class="bp-result bp-result-backward bp-matrix"');
    expect(html).toContain(
      '<caption>dW = X<sup>T</sup>·dY &lt;b&gt; <span class="bp-shape">(1 × 2)</span></caption>',
    );
    expect(html.match(/<td>/g)).toHaveLength(2);
  });

  it('adds row and column heads, flags marked entries, and takes other classes', () => {
    const html = matrixTable('m', [[1, 2]], 'check', {
      colHeads: ['class 0', 'class 1'],
      rowHeads: ['row 1'],
      mark: (_, j) => (j === 1 ? 'kink' : undefined),
      className: 'bp-act-matrix',
    });
    expect(html).toContain('<table class="bp-act-matrix">');
    expect(html).toContain('<thead><tr><td></td><th scope="col">class 0</th>');
    expect(html).toContain('<th scope="row">row 1</th>');
    expect(html).toContain('<td class="is-flagged">');
    expect(html).toContain('<span class="bp-act-flag">kink</span>');
  });

  it('lists named numbers', () => {
    const html = resultTable('Forward', [['z', 3.3000000000000003]], 'forward');
    expect(html).toContain('<caption>Forward</caption>');
    expect(html).toContain('<th scope="row">z</th>');
    expect(html).toContain('<span class="bp-round">3.3</span>');
  });

  it('writes every shape as "rows × columns"', () => {
    expect(
      gridShape([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toBe('2 × 3');
    expect(gridShape([])).toBe('0 × 0');
  });
});
