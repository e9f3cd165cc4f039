/**
 * Small pieces the chapter 6–7 exercises (issue 16, part E3) build their HTML from, beside the
 * kit's (render/exercise/words.ts: `html`, `para`): numbers rounded as the book shows results
 * (softmax's are irrational), sums written out, the given matrices, and the test that matches a
 * reader's answer to a likely mistake.
 */
import { formatNumber } from '../../core/format-number';
import { matrixTable } from '../kit/result-tables';
import { t } from '../../messages';

/** A number as the prose writes it: rounded for reading, with a true minus sign. */
export const num = (x: number): string => formatNumber(x).replace('-', '−');

/** A number inside a product: negative ones in brackets, (−3). */
export const factor = (x: number): string => (x < 0 ? `(${num(x)})` : num(x));

/** A list of numbers, "3, −2, 1". */
export const list = (xs: readonly number[]): string => xs.map(num).join(', ');

/** A sum written out, "3 + (−2) + 1". */
export const sumTerms = (xs: readonly number[]): string => xs.map(factor).join(' + ');

/** A sum of products written out, "1 × (−3) + 2 × 4". */
export const productTerms = (pairs: readonly (readonly [number, number])[]): string =>
  pairs.map(([a, b]) => `${factor(a)} × ${factor(b)}`).join(' + ');

/** The answer as a reader would type it: ASCII minus, the rounded digits (parseable). */
export const typed = (x: number): string => formatNumber(x);

/**
 * True when the reader's answer is this likely wrong value, within 0.5 % (looser than the checker:
 * a mistake typed with fewer digits still gets its hint; the generators keep mistakes 1 % apart).
 */
export function isNear(given: number | string, value: number | undefined): boolean {
  if (typeof given !== 'number' || value === undefined) return false;
  return Math.abs(given - value) <= 5e-3 * Math.abs(value) + 1e-12;
}

/** A matrix of the problem, with rows and columns numbered from 1 as the questions count them. */
export function givenMatrix(name: string, m: readonly (readonly number[])[]): string {
  const heads = (n: number, key: 'ex6.row' | 'ex6.col') =>
    Array.from({ length: n }, (_, i) => t(key, { n: `${i + 1}` }));
  return matrixTable(name, m, 'forward', {
    rowHeads: heads(m.length, 'ex6.row'),
    colHeads: heads(m[0]?.length ?? 0, 'ex6.col'),
    shape: true,
  });
}
