// Build time and Node only: the committed digits file, parsed and split as every part of the book
// splits it. The browser fetches the same file (digits.txt?url) and calls parseDigits itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SplitData } from '../core/data/dataset';
import { splitDataset } from '../core/data/dataset';
import { DIGITS_SPLIT, parseDigits } from '../core/data/digits';

/** The file, from the project root (where astro, vitest and the scripts run). */
export const DIGITS_PATH = join(process.cwd(), 'src/data/uci-digits/digits.txt');

let cached: SplitData | undefined;

/** The 1 797 digits split by DIGITS_SPLIT (read and parsed once per process). */
export function loadDigits(): SplitData {
  cached ??= splitDataset(parseDigits(readFileSync(DIGITS_PATH, 'utf8')), DIGITS_SPLIT);
  return cached;
}
