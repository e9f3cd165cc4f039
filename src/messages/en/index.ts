/**
 * The English catalogue: every word a reader sees outside the chapters' prose, by area.
 * Keys are `topic.name`; an area file groups a few topics (e.g. chrome.ts: site, nav, search…).
 * Each area is its own file, exporting a const of the file's name, so the browser can fetch just
 * the areas a page's cells show (src/widgets/load-words.ts).
 */
import { activation } from './activation';
import { chain } from './chain';
import { chrome } from './chrome';
import { classifier } from './classifier';
import { cost } from './cost';
import { digits } from './digits';
// Issue 16, part E1: the exercise kit's words, and chapters 1–2's exercises.
import { exercise } from './exercise';
import { exercises1 } from './exercises1';
// Issue 16, E2: the exercises of chapters 3 to 5.
import { exercises2 } from './exercises2';
// Issue 16, part E3: chapters 6–7's exercises.
import { exercises3 } from './exercises3';
import { graph } from './graph';
import { kit } from './kit';
import { lessons } from './lessons';
// Chapter 7, part B: the whole-network check and the training figures.
import { network } from './network';
import { plots } from './plots';
import { shopping } from './shopping';
import { trainer } from './trainer';

/** The areas by name: the browser loads only the areas a page's cells use (`WordArea`). */
export const areas = {
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
} as const;

type Areas = typeof areas;
/** All areas' keys in one object type (the union of the areas, as an intersection). */
type AllWords = (
  Areas[keyof Areas] extends infer A ? (A extends unknown ? (x: A) => void : never) : never
) extends (x: infer I) => void
  ? I
  : never;

/** Every English word, by key. */
export const en = Object.assign({}, ...Object.values(areas)) as AllWords;
