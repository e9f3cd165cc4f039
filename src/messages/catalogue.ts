/**
 * The type every catalogue of reader-visible words has: the English catalogue's keys, each
 * either a plain string or a template function of named parameters. A second language is a
 * `Catalogue` too, so a key it lacks, or a template with other parameters, fails the type check.
 */
import type { areas, en } from './en/index';

/** A literal string widens to `string`; a template keeps its parameters. */
type Widen<T> = T extends string ? string : T;

export type Catalogue = { readonly [K in keyof typeof en]: Widen<(typeof en)[K]> };
export type MessageKey = keyof Catalogue;

/** The parameters `t(key, …)` takes: none for a plain string, one object for a template. */
export type MessageParams<K extends MessageKey> = Catalogue[K] extends (p: infer P) => string
  ? [params: P]
  : [];

/** A file of the catalogue (`src/messages/<lang>/<area>.ts`), e.g. 'shopping'. */
export type WordArea = keyof typeof areas;

/**
 * One area's words in another language: the English area's keys, each widened like `Catalogue`.
 * A translated area file (`src/messages/ko/<area>.ts`) is typed with it, so a key it lacks, an
 * extra key, or a template with other parameters fails the type check.
 */
export type AreaWords<A extends WordArea> = {
  readonly [K in keyof (typeof areas)[A]]: Widen<(typeof areas)[A][K]>;
};
