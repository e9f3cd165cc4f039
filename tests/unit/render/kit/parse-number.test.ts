import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../../src/render/kit/parse-number';

describe('parseNumber', () => {
  it('reads decimals, signs and exponents', () => {
    expect(parseNumber(' -1.5 ')).toEqual({ ok: true, value: -1.5 });
    expect(parseNumber('2e-3')).toEqual({ ok: true, value: 0.002 });
  });

  it('refuses what Number() would forgive', () => {
    for (const text of ['', '  ', '0x10', '1,5', '12abc', '1e309', 'Infinity']) {
      expect(parseNumber(text).ok, text).toBe(false);
    }
  });
});
