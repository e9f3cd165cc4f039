import { describe, expect, it } from 'vitest';
import { columnsTable } from '../../../../src/render/html/columns-table';

describe('columnsTable', () => {
  it('has a caption, escaped column headers and one number per cell', () => {
    const html = columnsTable('c <1>', ['k', 'a & b'], [['x', [1.5, 2]]], 'backward');
    expect(html).toContain('<caption>c &lt;1&gt;</caption>');
    expect(html).toContain('<th scope="col">a &amp; b</th>');
    expect(html.match(/<td>/g)).toHaveLength(2);
    expect(html).toContain('bp-result-backward');
  });
});
