import { describe, expect, it } from 'vitest';
import { buyAppleOrange } from '../../../../src/core/examples/buy-apple-orange';

const book = { applePrice: 100, appleCount: 2, orangePrice: 150, orangeCount: 3, tax: 1.1 };

describe('buyAppleOrange', () => {
  it('gives the book values as exact floats at 2 apples × 100, 3 oranges × 150, tax 1.1', () => {
    expect(buyAppleOrange(book)).toEqual({
      price: 715.0000000000001,
      dApple: 2.2,
      dApple_num: 110.00000000000001,
      dOrange: 3.3000000000000003,
      dOrange_num: 165,
      dTax: 650,
    });
  });

  it('recomputes for an apple price of 120: payment 759, tax gradient 690', () => {
    const r = buyAppleOrange({ ...book, applePrice: 120 });
    expect(r.price).toBeCloseTo(759, 10);
    expect(r.dTax).toBe(690);
    expect(r.dApple).toBe(2.2); // a price's gradient does not depend on the price
  });

  it('at tax 1.15 lands just below the true decimal values (the truncation aside)', () => {
    const r = buyAppleOrange({ ...book, tax: 1.15 });
    expect(r.price).toBe(747.4999999999999);
    expect(Math.trunc(r.price)).toBe(747);
    expect(r.dApple_num).toBe(114.99999999999999);
    expect(Math.trunc(r.dApple_num)).toBe(114);
  });

  it('agrees with central differences of the payment for each input', () => {
    const h = 1e-4;
    const keys = ['applePrice', 'appleCount', 'orangePrice', 'orangeCount', 'tax'] as const;
    const grads = ['dApple', 'dApple_num', 'dOrange', 'dOrange_num', 'dTax'] as const;
    const p = { applePrice: 37.5, appleCount: 4, orangePrice: -12, orangeCount: 0.5, tax: 1.23 };
    keys.forEach((key, i) => {
      const up = buyAppleOrange({ ...p, [key]: p[key] + h }).price;
      const down = buyAppleOrange({ ...p, [key]: p[key] - h }).price;
      const analytic = buyAppleOrange(p)[grads[i]!];
      expect(Math.abs((up - down) / (2 * h) - analytic)).toBeLessThan(
        1e-6 * Math.max(1, Math.abs(analytic)),
      );
    });
  });
});
