/**
 * Looks up the words a reader sees. Specs, widgets and components name a key (and its
 * parameters); the catalogue holds the prose. English is the default; a page in another
 * language selects its catalogue with `useCatalogue` before rendering.
 */
import type { Catalogue, MessageKey, MessageParams } from './catalogue';

// Nothing here imports a catalogue, so no browser bundle carries one. The build selects the
// page's whole catalogue (src/middleware.ts; the tests: tests/setup/catalogue.ts); in the browser
// the cell loader adds only the areas the page's cells use (src/widgets/load-words.ts).
let active: Partial<Catalogue> = {};

export function useCatalogue(catalogue: Partial<Catalogue>): void {
  active = catalogue;
}

/** Adds the words of one area (in the browser, as the cell loader fetches them). */
export function addWords(words: Partial<Catalogue>): void {
  active = { ...active, ...words };
}

/** The words for `key`; a key whose area is not loaded comes back as the key (tests catch it). */
export function t<K extends MessageKey>(key: K, ...params: MessageParams<K>): string {
  const message = active[key] as string | ((p: unknown) => string) | undefined;
  if (message === undefined) return key;
  return typeof message === 'function' ? message(params[0]) : message;
}
