import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { rehypeBaseLinks, withBase } from '../../../src/lib/rehype-base-links';

const link = (href: string): Root => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'a', properties: { href }, children: [] }],
});
const hrefOf = (tree: Root): unknown =>
  tree.children[0]?.type === 'element' ? tree.children[0].properties['href'] : undefined;

describe('rehypeBaseLinks', () => {
  it('prefixes root-absolute links with the base, and leaves the rest alone', () => {
    for (const [href, want] of [
      ['/chapters/x/#y', '/sub/chapters/x/#y'],
      ['#y', '#y'],
      ['https://example.org/', 'https://example.org/'],
      ['//cdn.example.org/a', '//cdn.example.org/a'],
      ['../x/', '../x/'],
    ]) {
      const tree = link(href!);
      rehypeBaseLinks({ base: '/sub/' })(tree);
      expect(hrefOf(tree)).toBe(want);
    }
  });

  it('changes nothing under the root base', () => {
    const tree = link('/chapters/x/');
    rehypeBaseLinks({ base: '/' })(tree);
    expect(hrefOf(tree)).toBe('/chapters/x/');
    expect(withBase('/a/', '/')).toBe('/a/');
  });
});
