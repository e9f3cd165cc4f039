/**
 * The printed answers (issue 16). Each exercise renders its answer key (`<bp-ex-key>`) beside its
 * problem; after the page is rendered, the keys are moved to the page's answers list: a chapter's
 * own "Answers" section at its end, or, on the whole-book page, one "Answers" section at the end
 * of the book, numbered by chapter. So the exercises a chapter has are listed once, by placing
 * them in its MDX. A page without exercises loses the empty section.
 */

const KEY = /<bp-ex-key\b[^>]*\bdata-number="(\d+)\.\d+"[^>]*>[\s\S]*?<\/bp-ex-key>/g;
const LIST = /<div class="bp-answers-list"[^>]*><\/div>/;
const SECTION = /<section class="bp-answers"[\s\S]*?<\/section>/;

/**
 * Moves every answer key into the answers list. `chapterHeading(n)` gives a chapter's heading
 * (the whole book groups its answers by chapter); without it, keys are listed as they come.
 */
export function moveAnswerKeys(page: string, chapterHeading?: (chapter: number) => string): string {
  const keys = [...page.matchAll(KEY)].map((m) => ({ html: m[0], chapter: Number(m[1]) }));
  if (!LIST.test(page)) return page;
  if (keys.length === 0) return page.replace(SECTION, '');
  const without = page.replace(KEY, '');
  let list = '';
  if (chapterHeading) {
    let current = -1;
    for (const key of keys) {
      if (key.chapter !== current) {
        current = key.chapter;
        list += chapterHeading(current);
      }
      list += key.html;
    }
  } else {
    list = keys.map((k) => k.html).join('');
  }
  return without.replace(LIST, (div) => div.replace('></div>', `>${list}</div>`));
}
