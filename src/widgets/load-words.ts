/**
 * Fetches the words a page's cells show: the kit's, plus the `areas` asked for (a cell's own, and
 * the graph's for a cell that draws one), in the page's language (`<html lang>`), falling back to
 * English for an area not yet translated.
 * Each area file is its own chunk, so a page downloads only the words it can show.
 */
import { addWords, type WordArea } from '../messages';
import type { Catalogue } from '../messages';

type AreaModule = Readonly<Record<string, Partial<Catalogue>>>;
// Chrome words reach the browser through data-msg-* attributes, so its area is never fetched.
const files = import.meta.glob<AreaModule>([
  '../messages/*/*.ts',
  '!../messages/*/index.ts',
  '!../messages/*/chrome.ts',
]);

const ALWAYS: readonly WordArea[] = ['kit'];

export async function loadWords(areas: readonly WordArea[]): Promise<void> {
  const lang = document.documentElement.lang.split('-')[0] || 'en';
  const wanted = [...new Set([...ALWAYS, ...areas])];
  const modules = await Promise.all(
    wanted.map((area) => {
      const load = files[`../messages/${lang}/${area}.ts`] ?? files[`../messages/en/${area}.ts`];
      return load ? load().then((m) => m[area]) : undefined;
    }),
  );
  for (const words of modules) if (words) addWords(words);
}
