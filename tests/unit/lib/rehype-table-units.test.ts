import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeTableUnits } from '../../../src/lib/rehype-table-units';

const el = (tagName: string, children: Root['children'] = []) =>
  ({ type: 'element', tagName, properties: {}, children }) as Root['children'][number];

describe('rehypeTableUnits', () => {
  it('wraps each top-level table, Markdown or JSX, in a .prose-table block, in place', () => {
    const jsx = { type: 'mdxJsxFlowElement', name: 'table', attributes: [], children: [] };
    const tree: Root = {
      type: 'root',
      children: [el('p'), el('table'), jsx as unknown as Root['children'][number], el('p')],
    };
    rehypeTableUnits()(tree);
    const shape = tree.children.map((n) =>
      n.type === 'element'
        ? `${n.tagName}${n.properties['className'] ? '.' + String(n.properties['className']) : ''}>${n.children.map((c) => (c.type === 'element' ? c.tagName : (c as { name?: string }).name)).join(',')}`
        : n.type,
    );
    expect(shape).toEqual(['p>', 'div.prose-table>table', 'div.prose-table>table', 'p>']);
  });

  it('leaves a table inside another block alone (its block is already a unit)', () => {
    const tree: Root = { type: 'root', children: [el('details', [el('table')])] };
    rehypeTableUnits()(tree);
    const details = tree.children[0];
    expect(details?.type === 'element' && details.children[0]).toMatchObject({ tagName: 'table' });
  });
});
