import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Text of a hast subtree, for the link's accessible name. */
function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function anchorFor(heading: Element, id: string): Element {
  const title = textOf(heading).trim();
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['anchor-link'], href: `#${id}` },
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
        children: [{ type: 'text', value: `Link to section “${title}”` }],
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
  const visit = (parent: Root | Element): void => {
    parent.children = parent.children.map((child) => {
      if (child.type !== 'element') return child;
      const id = child.properties['id'];
      if (linked.has(child.tagName) && typeof id === 'string') {
        const wrap: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading-wrap'] },
          children: [child, anchorFor(child, id)],
        };
        return wrap;
      }
      visit(child);
      return child;
    }) as typeof parent.children;
  };
  return (tree: Root) => visit(tree);
}
