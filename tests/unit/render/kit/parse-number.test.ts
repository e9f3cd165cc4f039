import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../../src/render/kit/parse-number';

describe('parseNumber', () => {
  it('reads decimals, signs and exponents', () => {
    expect(parseNumber(' -1.5 ')).toEqual({ ok: true, value: -1.5 });
    expect(parseNumber('2e-3')).toEqual({ ok: true, value: 0.002 });
  });

  it('reads the book’s minus sign and full-width digits as the numbers they show', () => {
    expect(parseNumber('−5')).toEqual({ ok: true, value: -5 });
    expect(parseNumber('2e−3')).toEqual({ ok: true, value: 0.002 });
    expect(parseNumber('１２３')).toEqual({ ok: true, value: 123 });
    expect(parseNumber('－１．５')).toEqual({ ok: true, value: -1.5 });
  });

  it('tells grouped thousands from a decimal comma', () => {
    expect(parseNumber('1,000')).toMatchObject({ ok: false, problem: 'grouped', text: '1,000' });
    expect(parseNumber('12,345.5')).toMatchObject({ ok: false, problem: 'grouped' });
    expect(parseNumber('1,5')).toMatchObject({ ok: false, problem: 'comma' });
    expect(parseNumber('1，5')).toMatchObject({ ok: false, problem: 'comma' });
    expect(parseNumber('1,0000')).toMatchObject({ ok: false, problem: 'comma' });
  });

  it('refuses what Number() would forgive', () => {
    for (const text of ['', '  ', '0x10', '1,5', '12abc', '1e309', 'Infinity']) {
      expect(parseNumber(text).ok, text).toBe(false);
    }
  });
});
