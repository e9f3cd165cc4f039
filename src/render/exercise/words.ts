/**
 * Small helpers for exercise specs: numbers as a reader writes them, and whole catalogue
 * sentences escaped for HTML (numbers go in as slot values, never stitched around the words).
 */
import { escapeHtml } from '../html/escape';

/**
 * A problem's number, in full: exercises use nice numbers, and a working rounded to four
 * digits (3412.5 → 3413) would not add up. The float's binary tail is dropped (0.1 + 0.2 → 0.3).
 */
export const n = (x: number): string => String(Number(x.toPrecision(12)));

/** An answer as a reader would type it (12.25, -3). */
export const answerNumber = n;

/** Escapes a whole sentence from `t()` for HTML. */
export const html = (sentence: string): string => escapeHtml(sentence);

/** A paragraph of whole sentences. */
export const para = (...sentences: string[]): string => `<p>${sentences.map(html).join(' ')}</p>`;
