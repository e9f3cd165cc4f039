/**
 * The whole-book page renders every chapter, and Astro adds each chapter's stylesheets to the
 * page once per chapter: the same `<link rel="stylesheet">` or `<style>` may appear six
 * times. Keeps the first of each (the browser would fetch or apply the rest for nothing).
 */
const SHEET = /<link rel="stylesheet" href="[^"]+">|<style>[\s\S]*?<\/style>/g;

export function dedupeStyles(page: string): string {
  const seen = new Set<string>();
  return page.replace(SHEET, (tag) => {
    if (seen.has(tag)) return '';
    seen.add(tag);
    return tag;
  });
}
