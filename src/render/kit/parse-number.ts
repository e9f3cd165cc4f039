/**
 * Strict parsing of a number typed by a reader.
 *
 * `Number()` and `parseFloat()` are too forgiving for a textbook: `Number('')` is 0,
 * `Number('0x10')` is 16, `parseFloat('12abc')` is 12. We accept exactly an optional sign,
 * digits with an optional decimal point, and an optional exponent, surrounded by spaces.
 */

/** What is wrong with a text; the kit words it for the reader (src/render/kit/number-message.ts). */
export type NumberProblem =
  'empty' | 'notFinite' | 'notDecimal' | 'comma' | 'grouped' | 'invalid' | 'tooLarge';

export type ParsedNumber =
  | { ok: true; value: number }
  /** `text` is the trimmed input (clipped to 24 characters for `invalid`). */
  | { ok: false; problem: NumberProblem; text: string };

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses reader input; never throws. A refusal says what is wrong, for a message beside the input. */
export function parseNumber(text: string): ParsedNumber {
  // Full-width digits and signs (a CJK keyboard's １２３) are the digits they look like (NFKC), and
  // the book prints negative numbers with the minus sign (U+2212): a reader who copies one back
  // into a cell means the same number.
  const trimmed = text
    .normalize('NFKC')
    .trim()
    .replace(/^\u2212/, '-')
    .replace(/([eE])\u2212/, '$1-');
  const fail = (problem: NumberProblem, shown = trimmed): ParsedNumber => ({
    ok: false,
    problem,
    text: shown,
  });
  if (trimmed === '') return fail('empty');
  if (/^[+-]?(?:nan|inf(?:inity)?)$/i.test(trimmed)) return fail('notFinite');
  if (/^[+-]?0[xob]/i.test(trimmed)) return fail('notDecimal');
  // "1,000" groups thousands (as English and Korean write them); "1,5" is a decimal comma.
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(trimmed)) return fail('grouped');
  if (/^[+-]?\d+,\d+$/.test(trimmed)) return fail('comma');
  if (!DECIMAL.test(trimmed)) return fail('invalid', clip(trimmed));
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return fail('tooLarge');
  return { ok: true, value };
}

function clip(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
