/**
 * The English catalogue: every word a reader sees outside the chapters' prose, by area.
 * Keys are `area.name`; each area lives in its own file so areas can grow side by side.
 */
import { chrome } from './chrome';
import { chain } from './chain';
import { cost } from './cost';
import { shopping } from './shopping';

export const en = {
  ...chrome,
  ...shopping,
  ...chain,
  ...cost,
} as const;
