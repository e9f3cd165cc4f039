/**
 * The English catalogue: every word a reader sees outside the chapters' prose, by area.
 * Keys are `area.name`; each area lives in its own file so areas can grow side by side.
 */
import { activation } from './activation';
import { chain } from './chain';
import { chrome } from './chrome';
import { classifier } from './classifier';
import { cost } from './cost';
import { graph } from './graph';
import { kit } from './kit';
import { lessons } from './lessons';
import { plots } from './plots';
import { shopping } from './shopping';

export const en = {
  ...chrome,
  ...kit,
  ...graph,
  ...shopping,
  ...chain,
  ...cost,
  ...activation,
  ...classifier,
  ...plots,
  ...lessons,
} as const;
