/**
 * The Korean catalogue (한국어판): every area of the English catalogue, translated. Each area file
 * is typed `AreaWords<area>`, and `areas` must name every area of the English catalogue, so a
 * missing area or key fails the type check.
 */
import type { AreaWords, Catalogue, WordArea } from '../catalogue';
import { chrome } from './chrome';
import { kit } from './kit';
import { graph } from './graph';
import { shopping } from './shopping';
import { chain } from './chain';
import { cost } from './cost';
import { activation } from './activation';
import { classifier } from './classifier';
import { plots } from './plots';
import { lessons } from './lessons';
import { network } from './network';
import { trainer } from './trainer';
import { digits } from './digits';
import { exercise } from './exercise';
import { exercises1 } from './exercises1';
import { exercises2 } from './exercises2';
import { exercises3 } from './exercises3';

/** The areas by name (the browser loads them one by one: src/widgets/load-words.ts). */
export const areas: { readonly [A in WordArea]: AreaWords<A> } = {
  chrome,
  kit,
  graph,
  shopping,
  chain,
  cost,
  activation,
  classifier,
  plots,
  lessons,
  network,
  trainer,
  digits,
  exercise,
  exercises1,
  exercises2,
  exercises3,
};

/** Every Korean word, by key. */
export const ko: Catalogue = Object.assign({}, ...Object.values(areas));
