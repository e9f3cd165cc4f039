/**
 * The English catalogue: every word a reader sees outside the chapters' prose, by area.
 * Keys are `area.name`; each area lives in its own file so areas can grow side by side.
 */
import { chrome } from './chrome';
import { activation } from './activation';
import { classifier } from './classifier';
import { plots } from './plots';

export const en = {
  ...chrome,
  ...activation,
  ...classifier,
  ...plots,
} as const;
