import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../../src/render/kit/parse-number';
import { numberMessage } from '../../../../src/render/kit/number-message';

const message = (text: string): string => {
  const parsed = parseNumber(text);
  if (parsed.ok) throw new Error(`${text} parsed`);
  return numberMessage(parsed);
};

describe('the words for a number that does not parse', () => {
  it.each([
    ['', 'Enter a number.'],
    [' -Infinity ', '“-Infinity” is not a finite number; enter a value such as 1.5.'],
    ['NaN', '“NaN” is not a finite number; enter a value such as 1.5.'],
    ['0x10', 'Write the number in decimal (hex, octal and binary are not read).'],
    ['1,5', 'Use a point for decimals: 1.5, not 1,5.'],
    ['abc', '“abc” is not a number; use digits like -1.5 or 2e-3.'],
    [
      'abcdefghijklmnopqrstuvwxyz',
      '“abcdefghijklmnopqrstuvwx…” is not a number; use digits like -1.5 or 2e-3.',
    ],
    ['1e309', 'That number is too large to compute with (over 1.8e308).'],
  ])('%j: %s', (text, expected) => {
    expect(message(text)).toBe(expected);
  });

  it('still reads good numbers', () => {
    expect(parseNumber(' 2e-3 ')).toEqual({ ok: true, value: 0.002 });
  });
});
