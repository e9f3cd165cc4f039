import type { Element, Root } from 'hast';

/** `{/* #some-id *\/}` at the end of a heading: the id both editions share (issue 17). */
const MARK = /^\/\*\s*#([a-z0-9][a-z0-9-]*)\s*\*\/$/;

type Child = Element['children'][number] | { type: 'mdxTextExpression'; value: string };

/**
 * Gives a heading the id its source names, so that a chapter and its translation share their
 * anchors (a slug of the heading's text would differ by language). The mark is an MDX comment,
 * which renders nothing; it is removed here, with the space before it. Headings without a mark keep
 * the id Astro's `rehypeHeadingIds` derives from their text, which runs next.
 */
export function rehypeExplicitIds() {
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (/^h[1-6]$/.test(child.tagName)) claimId(child);
      else visit(child);
    }
  };
  return (tree: Root): void => visit(tree);
}

function claimId(heading: Element): void {
  const children = heading.children as Child[];
  const last = children.at(-1);
  if (!last || last.type !== 'mdxTextExpression') return;
  const match = MARK.exec(last.value.trim());
  if (!match) return;
  children.pop();
  const before = children.at(-1);
  if (before?.type === 'text') before.value = before.value.trimEnd();
  heading.properties['id'] = match[1]!;
}
