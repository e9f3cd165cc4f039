/**
 * The exercises a chapter has, read from where its MDX places them (`<Exercise … id="ex-why-1"`),
 * so the list is written once: the progress lines on the chapter page and the home page count
 * from it.
 */
const PLACED = /<Exercise\b[^>]*?\bid="(ex-[a-z0-9-]+)"/g;

export function exerciseIdsIn(body: string): string[] {
  return [...body.matchAll(PLACED)].map((m) => m[1]!);
}
