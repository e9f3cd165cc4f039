/**
 * The whole-book page renders every chapter on one page, so two chapters may both have a
 * heading "Summary" or a cell "shopping". This gives each id inside a chapter's content a
 * prefix (the chapter's id) and rewrites the references to it (`href="#…"`, `for`, ARIA id
 * lists, SVG `url(#…)`), so every id on the page is unique and every link still lands.
 * Only ids defined inside the same chapter are rewritten; references to others are kept.
 */

/** Marks the start of a chapter's content: `<div … data-book-ids="chapter-id">`. */
const START = /data-book-ids="([a-z0-9-]+)"[^>]*>/g;
/** Content ends at the next chapter, at the book's answers (issue 16) or at the end of `<main>`. */
const END = /<article class="book-chapter"|<section class="bp-answers"|<\/main>/g;

const ID_ATTR = /(\sid=")([^"]+)(")/g;
const LIST_ATTRS =
  /(\s(?:for|aria-labelledby|aria-describedby|aria-controls|aria-owns|aria-details|aria-errormessage|headers)=")([^"]*)(")/g;
const HASH_ATTRS = /(\s(?:href|xlink:href)="#)([^"]+)(")/g;
const URL_REF = /url\(#([^)"']+)\)/g;

/** Prefixes the ids of one chapter's content. */
export function prefixIdsIn(html: string, prefix: string): string {
  const own = new Set([...html.matchAll(ID_ATTR)].map((m) => m[2]!));
  const map = (id: string): string => (own.has(id) ? `${prefix}--${id}` : id);
  return html
    .replace(ID_ATTR, (_, a: string, id: string, z: string) => a + map(id) + z)
    .replace(
      LIST_ATTRS,
      (_, a: string, ids: string, z: string) => a + ids.split(/\s+/).map(map).join(' ') + z,
    )
    .replace(HASH_ATTRS, (_, a: string, id: string, z: string) => {
      // Fragments in HTML are percent-encoded, ids are not.
      const decoded = safeDecode(id);
      return own.has(decoded) ? a + encodeURIComponent(map(decoded)) + z : a + id + z;
    })
    .replace(URL_REF, (_, id: string) => `url(#${map(id)})`);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Applies `prefixIdsIn` to every chapter marked with `data-book-ids` on the page. */
export function prefixChapterIds(page: string): string {
  let out = '';
  let at = 0;
  for (const m of page.matchAll(START)) {
    const start = m.index + m[0].length;
    if (start < at) continue;
    END.lastIndex = start;
    const end = END.exec(page)?.index ?? page.length;
    out += page.slice(at, start) + prefixIdsIn(page.slice(start, end), m[1]!);
    at = end;
  }
  return out + page.slice(at);
}

/**
 * Links from one chapter to another (`/chapters/x/`, `/chapters/x/#part`) become links inside
 * the whole-book page (`#chapter-x`, `#x--part`), so they work in the PDF too. Only chapters
 * present on the page (marked with `data-book-ids`) are rewritten. `base` is the site's base
 * (`/` or BP_BASE's `/sub-path/`), which every link to a chapter starts with.
 */
export function chapterLinksToAnchors(page: string, base = '/'): string {
  const present = new Set([...page.matchAll(START)].map((m) => m[1]!));
  const root = base.replace(/\/*$/, '/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.replace(
    new RegExp(`(\\shref=")${root}chapters\\/([a-z0-9-]+)\\/?(#[^"]*)?(")`, 'g'),
    (whole, a: string, id: string, hash: string | undefined, z: string) => {
      if (!present.has(id)) return whole;
      return a + (hash && hash.length > 1 ? `#${id}--${hash.slice(1)}` : `#chapter-${id}`) + z;
    },
  );
}
