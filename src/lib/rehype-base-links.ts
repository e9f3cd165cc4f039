import type { Element, Root, RootContent } from 'hast';

/** Prefixes a root-absolute URL path (`/chapters/x/`) with the site's base (`/book-path/`). */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return base.replace(/\/+$/, '') + path;
}

/**
 * Links in chapter prose are written from the site's root (`[…](/chapters/chain-rule/#…)`); when
 * the book is built under a base (`BP_BASE`), they get it, so they work wherever it is deployed.
 */
export function rehypeBaseLinks({ base = '/' }: { base?: string } = {}) {
  return (tree: Root): void => {
    if (base === '/') return;
    const visit = (node: Root | RootContent): void => {
      if (node.type !== 'root' && node.type !== 'element') return;
      if (node.type === 'element') prefix(node);
      node.children.forEach(visit);
    };
    const prefix = (el: Element): void => {
      const href = el.properties['href'];
      if (el.tagName === 'a' && typeof href === 'string')
        el.properties['href'] = withBase(href, base);
    };
    visit(tree);
  };
}
