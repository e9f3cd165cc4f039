/**
 * Looks up the words a reader sees. Specs, widgets and components name a key (and its
 * parameters); the catalogue holds the prose. English is the default; a page in another
 * language selects its catalogue with `useCatalogue` before rendering.
 */
import type { Catalogue, MessageKey, MessageParams } from './catalogue';
import { en } from './en/index';

let active: Catalogue = en;

export function useCatalogue(catalogue: Catalogue): void {
  active = catalogue;
}

export function t<K extends MessageKey>(key: K, ...params: MessageParams<K>): string {
  const message = active[key] as string | ((p: unknown) => string);
  return typeof message === 'function' ? message(params[0]) : message;
}
