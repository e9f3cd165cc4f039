/**
 * Small helpers for exercise specs: numbers as a reader writes them, and whole catalogue
 * sentences escaped for HTML (numbers go in as slot values, never stitched around the words).
 */
import { formatNumber } from '../../core/format-number';
import { escapeHtml } from '../html/escape';

/** A problem's number as text: 12.25, −3 (formatNumber's rounding; problems use nice numbers). */
export const n = (x: number): string => formatNumber(x);

/** Escapes a whole sentence from `t()` for HTML. */
export const html = (sentence: string): string => escapeHtml(sentence);

/** An answer as a reader would type it: the shortest decimal, no binary tail (12.25, -3). */
export const answerNumber = (x: number): string => String(Number(x.toPrecision(12)));
