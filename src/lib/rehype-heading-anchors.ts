import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { en as enWords } from '../messages/en/index';
import { ko as koWords } from '../messages/ko/index';

// Markdown is compiled once per file, not per page, so the catalogue the middleware selects is not
// active here: the words come from the edition the source file belongs to (content/chapters/ko/).
const wordsFor = (file: VFile) =>
  /[\\/]content[\\/]chapters[\\/]ko[\\/]/.test(file.path ?? '') ? koWords : enWords;

/** Text of a hast subtree, for the link's accessible name. */
function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function anchorFor(heading: Element, id: string, label: (p: { title: string }) => string): Element {
  const title = textOf(heading).trim();
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['anchor-link'], href: `#${id}`, dataPagefindIgnore: '' },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { ariaHidden: 'true' },
        children: [{ type: 'text', value: '#' }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sr-only'] },
        children: [{ type: 'text', value: label({ title }) }],
      },
    ],
  };
}

const linked = new Set(['h2', 'h3']);

/**
 * Gives every h2/h3 a self-link, placed beside the heading (not inside it) so the heading's
 * accessible name and the table of contents keep the plain title. Runs after Astro's
 * `rehypeHeadingIds`, which assigns the ids.
 */
export function rehypeHeadingAnchors() {
  let label: (p: { title: string }) => string = enWords['heading.link'];
  const visit = (parent: Root | Element): void => {
    parent.children = parent.children.map((child) => {
      if (child.type !== 'element') return child;
      const id = child.properties['id'];
      if (linked.has(child.tagName) && typeof id === 'string') {
        const wrap: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading-wrap'] },
          children: [child, anchorFor(child, id, label)],
        };
        return wrap;
      }
      visit(child);
      return child;
    }) as typeof parent.children;
  };
  return (tree: Root, file: VFile) => {
    label = wordsFor(file)['heading.link'];
    visit(tree);
  };
}
