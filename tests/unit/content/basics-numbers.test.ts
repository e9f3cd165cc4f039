// Numbers chapters 2–4 state in prose, recomputed with the book's own code.
import { describe, expect, it } from 'vitest';
import { buyAppleOrange } from '../../../src/core/examples/buy-apple-orange';

const book = { applePrice: 100, appleCount: 2, orangePrice: 150, orangeCount: 3, tax: 1.1 };

describe('chapter 2: the forward pass and its check-yourself answers', () => {
  it('apples 200, oranges 450, subtotal 650, payment 715', () => {
    expect([100 * 2, 150 * 3, 100 * 2 + 150 * 3]).toEqual([200, 450, 650]);
    expect(buyAppleOrange(book).price).toBeCloseTo(715, 10);
  });
});

describe('chapter 3: the worked chain rule and the shopping walk', () => {
  const L = (x: number): number => (x * x + 1) ** 3;

  it('the central difference at x = 2 with h = 0.001 is about 300.0002', () => {
    expect((L(2.001) - L(1.999)) / 0.002).toBeCloseTo(300.0002, 4);
  });

  it('raising the tax factor by 0.01 adds about 6.5 (650 × 0.01)', () => {
    const up = buyAppleOrange({ ...book, tax: 1.11 }).price;
    expect(up - buyAppleOrange(book).price).toBeCloseTo(6.5, 9);
  });

  it('the check-yourself nodes: add gives 4 and 4; multiply of 3 and 5 with dout 2 gives 10 and 6', () => {
    expect([4 * 1, 4 * 1]).toEqual([4, 4]);
    expect([2 * 5, 2 * 3]).toEqual([10, 6]);
  });
});

describe('chapter 4: the float aside', () => {
  it('1.1 × 3 is 3.3000000000000003 and the payment is 715.0000000000001', () => {
    expect(1.1 * 3).toBe(3.3000000000000003);
    expect(buyAppleOrange(book).price).toBe(715.0000000000001);
  });

  it('1.1 is stored a hair above 1.1 and 1.15 a hair below 1.15', () => {
    expect(1.1 - 1).toBeGreaterThan(0.1);
    expect(1.15 - 1).toBeLessThan(0.15);
  });
});
