import { describe, expect, it } from 'vitest';
import { exactNumber, formatNumber } from '../../../src/core/index';

describe('formatNumber', () => {
  it.each([
    [3.3000000000000003, '3.3'],
    [2.2, '2.2'],
    [110.00000000000001, '110'],
    [715.0000000000001, '715'],
    [220.00000000000003, '220'],
    [Math.LN2, '0.6931'],
    [0.1 + 0.2, '0.3'],
    [0.5, '0.5'],
    [-2.5, '-2.5'],
    [1000, '1000'],
    [12345.678, '12346'],
    [123456.7, '123457'],
    [9999.96, '10000'],
    [999999.7, '1e6'],
    [1234567, '1.235e6'],
    [1e21, '1e21'],
    [0.001234567, '0.001235'],
    [0.0001, '0.0001'],
    [0.00009999996, '0.0001'],
    [0.00001234, '1.234e-5'],
    [1.5e-7, '1.5e-7'],
    [1e-12, '1e-12'],
    [-1e-12, '-1e-12'],
    [5e-324, '4.941e-324'],
    [0, '0'],
    [-0, '0'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
  ])('%s → %s', (x, shown) => {
    expect(formatNumber(x)).toBe(shown);
  });

  it('never shows more than 6 significant digits', () => {
    for (const x of [Math.PI * 1e5, Math.E * 1e-3, 1 / 3, 2 / 3, 99999.99, 1e6 - 1e-9]) {
      expect(
        formatNumber(x).replace(/e.*$/, '').replace(/\D/g, '').replace(/^0+/, '').length,
      ).toBeLessThanOrEqual(6);
    }
  });
});

describe('exactNumber', () => {
  it.each([
    [3.3000000000000003, '3.3000000000000003'],
    [715.0000000000001, '715.0000000000001'],
    [0.1, '0.1'],
    [1e21, '1e+21'],
    [-0, '-0'],
    [0, '0'],
  ])('%s → %s', (x, shown) => {
    expect(exactNumber(x)).toBe(shown);
    expect(Object.is(Number(exactNumber(x)), x)).toBe(true);
  });
});
