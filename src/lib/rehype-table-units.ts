import type { Element, Root, RootContent } from 'hast';

/**
 * Each table a chapter writes at its top level (Markdown or JSX) goes inside
 * `<div class="prose-table">`. A table box cannot take size containment, so
 * `content-visibility: auto` does nothing on it; on the block around it, the table is skipped
 * while off screen like any paragraph (styles/perf.css).
 */
export function rehypeTableUnits() {
  return (tree: Root): void => {
    tree.children = tree.children.map((node) => (isTable(node) ? wrap(node) : node));
  };
}

function isTable(node: RootContent): boolean {
  if (node.type === 'element') return node.tagName === 'table';
  // MDX: a <table> written as JSX is still one node at this point
  return (
    (node as { type: string; name?: string }).type === 'mdxJsxFlowElement' &&
    (node as { name?: string }).name === 'table'
  );
}

function wrap(node: RootContent): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['prose-table'] },
    children: [node as Element],
  };
}
