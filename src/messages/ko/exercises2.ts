/**
 * The exercises of chapters 3, 4 and 5 (issue 16): prompts, working steps, hints, options and
 * reveals, one file per chapter (a translation mirrors the three). Numbers and code come in as
 * slots, already formatted; every template is a whole sentence.
 */
import type { AreaWords } from '../catalogue';
import { activation } from './exercises2/activation';
import { chain } from './exercises2/chain';
import { layers } from './exercises2/layers';

export const exercises2: AreaWords<'exercises2'> = { ...chain, ...layers, ...activation };
