/**
 * The English catalogue: every word a reader sees outside the chapters' prose, by area.
 * Keys are `area.name`; each area lives in its own file so areas can grow side by side.
 */
import { chrome } from './chrome';
import { graph } from './graph';
import { kit } from './kit';

export const en = {
  ...chrome,
  ...kit,
  ...graph,
} as const;
