/**
 * Numbers for reading. Float64 arithmetic leaves tails such as 3.3000000000000003 or
 * 715.0000000000001; the book shows 3.3 and 715 and offers the exact value beside them.
 */

/** Significant digits shown for fractions; whole-number parts are never rounded away. */
const DIGITS = 4;
/** Outside [SMALL, LARGE) a number is shown in exponent form, 1.5e-7 or 2e21. */
const SMALL = 1e-4;
const LARGE = 1e6;

/**
 * A readable form of `x`: 4 significant digits (more only to keep a whole-number part
 * intact, up to 6), trailing zeros trimmed, exponent form for very small or large values.
 * `formatNumber(3.3000000000000003)` is "3.3", `formatNumber(Math.LN2)` is "0.6931",
 * −0 shows as "0", and NaN and ±Infinity as "NaN", "Infinity", "-Infinity".
 */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const rounded = Number(x.toPrecision(digitsFor(x)));
  const size = Math.abs(rounded);
  if (size < SMALL || size >= LARGE) return exponentForm(rounded);
  return trimZeros(rounded.toPrecision(digitsFor(rounded)));
}

/**
 * The exact value: the shortest decimal that reads back as the same Float64 (what
 * `String(x)` gives), except that −0 keeps its sign.
 */
export function exactNumber(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

/** 4, or the number of digits before the point when that is more (at most 6). */
function digitsFor(x: number): number {
  const wholeDigits = Math.floor(Math.log10(Math.abs(x))) + 1;
  return Math.min(6, Math.max(DIGITS, wholeDigits));
}

function exponentForm(x: number): string {
  const [mantissa = '', exponent = ''] = x.toExponential(DIGITS - 1).split('e');
  return `${trimZeros(mantissa)}e${exponent.replace('+', '')}`;
}

/** "715.000" → "715", "3.300" → "3.3"; integers are left alone. */
function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
