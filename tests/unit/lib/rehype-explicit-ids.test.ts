// A heading that names its id in an MDX comment keeps that id in both editions.
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { rehypeExplicitIds } from '../../../src/lib/rehype-explicit-ids';

const heading = (children: unknown[]): Element =>
  ({ type: 'element', tagName: 'h2', properties: {}, children }) as Element;
const mark = (value: string) => ({ type: 'mdxTextExpression', value });

function run(h: Element): Element {
  const tree: Root = { type: 'root', children: [h] };
  rehypeExplicitIds()(tree);
  return tree.children[0] as Element;
}

describe('explicit heading ids', () => {
  it('takes the id from the mark, and drops the mark and the space before it', () => {
    const h = run(
      heading([{ type: 'text', value: '국소적 계산 ' }, mark('/* #local-computation */')]),
    );
    expect(h.properties['id']).toBe('local-computation');
    expect(h.children).toEqual([{ type: 'text', value: '국소적 계산' }]);
  });

  it('leaves a heading without a mark, or with another comment, to the text-derived id', () => {
    const plain = run(heading([{ type: 'text', value: 'Summary' }]));
    expect(plain.properties['id']).toBeUndefined();
    const other = run(heading([{ type: 'text', value: 'A ' }, mark('/* a note */')]));
    expect(other.properties['id']).toBeUndefined();
    expect(other.children).toHaveLength(2);
  });

  it('refuses an id that is not a slug', () => {
    const h = run(heading([{ type: 'text', value: 'A ' }, mark('/* #Not An Id */')]));
    expect(h.properties['id']).toBeUndefined();
  });
});
