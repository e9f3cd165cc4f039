/**
 * A path inside the book (`chapters/x/`, `/book/`) as a URL under the site's base: `/` by default,
 * `BP_BASE` when the book is deployed under a sub-path (astro.config.mjs). Vite inlines BASE_URL.
 */
export function inBook(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/*$/, '/');
  return base + path.replace(/^\/+/, '');
}
