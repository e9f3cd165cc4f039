/**
 * The Korean catalogue (한국어판): every area of the English catalogue, translated. Each area file
 * is typed `AreaWords<area>`, and `areas` must name every area, so a missing area or key fails
 * the type check. Until an area is translated, its English words stand in.
 */
import { areas as english, en } from '../en/index';
import type { AreaWords, Catalogue, WordArea } from '../catalogue';

/** The translated areas by name (the browser loads them one by one: src/widgets/load-words.ts). */
export const areas: Partial<{ [A in WordArea]: AreaWords<A> }> = {};

/** Every Korean word, by key. */
export const ko: Catalogue = Object.assign({}, en, ...Object.values(areas));
void english;
