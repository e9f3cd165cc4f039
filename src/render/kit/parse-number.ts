/**
 * Strict parsing of a number typed by a reader.
 *
 * `Number()` and `parseFloat()` are too forgiving for a textbook: `Number('')` is 0,
 * `Number('0x10')` is 16, `parseFloat('12abc')` is 12. We accept exactly an optional sign,
 * digits with an optional decimal point, and an optional exponent, surrounded by spaces.
 */
export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses reader input; never throws. The message says what is wrong, for display beside the input. */
export function parseNumber(text: string): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a number.' };
  if (/^[+-]?(?:nan|inf(?:inity)?)$/i.test(trimmed)) {
    return {
      ok: false,
      message: `“${trimmed}” is not a finite number; enter a value such as 1.5.`,
    };
  }
  if (/^[+-]?0[xob]/i.test(trimmed)) {
    return {
      ok: false,
      message: 'Write the number in decimal (hex, octal and binary are not read).',
    };
  }
  if (/^[+-]?\d+,\d+$/.test(trimmed)) {
    return { ok: false, message: 'Use a point for decimals: 1.5, not 1,5.' };
  }
  if (!DECIMAL.test(trimmed)) {
    return {
      ok: false,
      message: `“${clip(trimmed)}” is not a number; use digits like -1.5 or 2e-3.`,
    };
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value)) {
    return { ok: false, message: 'That number is too large to compute with (over 1.8e308).' };
  }
  return { ok: true, value };
}

function clip(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
