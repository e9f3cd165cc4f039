// Chapters 1 and 2's exercises: each hint fires for the mistake it names, over many seeds, and
// the answers are what the chapters' formulas give (computed here independently of the core).
import { describe, expect, it } from 'vitest';
import centralDifference from '../../../src/render/exercises/central-difference';
import forwardPasses from '../../../src/render/exercises/forward-passes';
import backpropGrowth from '../../../src/render/exercises/backprop-growth';
import costRatio from '../../../src/render/exercises/cost-ratio';
import shoppingPayment from '../../../src/render/exercises/shopping-payment';
import shoppingApplePrice from '../../../src/render/exercises/shopping-apple-price';
import shoppingTax from '../../../src/render/exercises/shopping-tax';
import taxDoubling from '../../../src/render/exercises/tax-doubling';
import { formatCount } from '../../../src/render/html/number-html';

const SEEDS = 300;
const value = (a: ReturnType<typeof centralDifference.answer>): number =>
  a.kind === 'number' ? a.value : NaN;

describe('chapter 1', () => {
  it('central difference: a·((w+h)³ − (w−h)³)/2h; hints for the exact derivative, one side, no 2', () => {
    for (let s = 0; s < SEEDS; s++) {
      const p = centralDifference.generate(s);
      const f = (x: number): number => p.a * x ** 3;
      const want = (f(p.w + p.h) - f(p.w - p.h)) / (2 * p.h);
      expect(value(centralDifference.answer(p))).toBeCloseTo(want, 9);
      expect(centralDifference.hint(p, 3 * p.a * p.w ** 2)).toContain('exact derivative');
      expect(centralDifference.hint(p, (f(p.w + p.h) - f(p.w)) / p.h)).toContain('one-sided');
      expect(centralDifference.hint(p, (f(p.w + p.h) - f(p.w - p.h)) / p.h)).toContain('2h');
      expect(centralDifference.hint(p, want + 1000)).toBeUndefined();
    }
  });

  it('forward passes: 2 × (ab + b + bc + c); hints for one pass each and forgotten biases', () => {
    for (let s = 0; s < SEEDS; s++) {
      const p = forwardPasses.generate(s);
      const { inputs: a, hidden: b, classes: c } = p;
      const params = a * b + b + b * c + c;
      expect(value(forwardPasses.answer(p))).toBe(2 * params);
      expect(forwardPasses.hint(p, params)).toContain('two forward passes');
      expect(forwardPasses.hint(p, 2 * (a * b + b * c))).toContain('biases');
    }
  });

  it('predict backprop’s growth: the cost model says it stays the same; hints for P and P²', () => {
    for (let s = 0; s < SEEDS; s++) {
      const p = backpropGrowth.generate(s);
      const a = backpropGrowth.answer(p);
      expect(a.kind === 'choice' && a.correct).toBe('same');
      expect(backpropGrowth.hint(p, 'linear')).toContain('central differences');
      expect(backpropGrowth.hint(p, 'square')).toContain('P²');
      expect(backpropGrowth.reveal!(p)).toContain(
        `${formatCount(2 * p.large.parameters)} against 2`,
      );
    }
  });

  it('cost ratio: 2P / (1 + k); hints for backprop as one pass, no 2, no forward pass', () => {
    for (let s = 0; s < SEEDS; s++) {
      const p = costRatio.generate(s);
      const P = p.parameters;
      const k = p.backwardCost;
      expect(value(costRatio.answer(p))).toBeCloseTo((2 * P) / (1 + k), 9);
      expect(costRatio.hint(p, 2 * P)).toContain('single pass');
      expect(costRatio.hint(p, P / (1 + k))).toContain('two forward passes per parameter');
      if (k !== 1) expect(costRatio.hint(p, (2 * P) / k)).toContain('forward once');
    }
  });
});

describe('chapter 2', () => {
  it('payment = (n·p + m·q)·r; hints for the total before tax and the tax alone', () => {
    for (let s = 0; s < SEEDS; s++) {
      const p = shoppingPayment.generate(s);
      const { applePrice, appleCount, orangePrice, orangeCount, tax } = p.purchase;
      const total = applePrice * appleCount + orangePrice * orangeCount;
      expect(value(shoppingPayment.answer(p))).toBeCloseTo(total * tax, 9);
      expect(shoppingPayment.hint(p, total)).toContain('before tax');
      expect(shoppingPayment.hint(p, total * (tax - 1))).toContain('tax alone');
    }
  });

  it('∂L/∂(apple price) = n·r; hints for the count alone, the tax alone, the price per apple', () => {
    for (let s = 0; s < SEEDS; s++) {
      const p = shoppingApplePrice.generate(s);
      const { applePrice, appleCount, tax } = p.purchase;
      expect(value(shoppingApplePrice.answer(p))).toBeCloseTo(appleCount * tax, 9);
      expect(shoppingApplePrice.hint(p, appleCount)).toContain('number of apples alone');
      expect(shoppingApplePrice.hint(p, tax)).toContain('one unit per apple');
      expect(shoppingApplePrice.hint(p, applePrice * tax)).toContain('per apple');
    }
  });

  it('∂L/∂(tax) = the total before tax; hints for the payment and the tax', () => {
    for (let s = 0; s < SEEDS; s++) {
      const p = shoppingTax.generate(s);
      const { applePrice, appleCount, orangePrice, orangeCount, tax } = p.purchase;
      const total = applePrice * appleCount + orangePrice * orangeCount;
      expect(value(shoppingTax.answer(p))).toBeCloseTo(total, 9);
      expect(shoppingTax.hint(p, total * tax)).toContain('payment itself');
      expect(shoppingTax.hint(p, tax)).toContain('other input');
    }
  });

  it('a doubled tax changes the four price and count gradients, not the tax’s', () => {
    for (let s = 0; s < SEEDS; s++) {
      const p = taxDoubling.generate(s);
      const a = taxDoubling.answer(p);
      expect(a.kind === 'choice' && a.correct).toBe('all-but-tax');
      expect(taxDoubling.hint(p, 'tax-only')).toContain('leaves it alone');
      expect(taxDoubling.hint(p, 'all')).toContain('Four of them double');
      expect(taxDoubling.hint(p, 'none')).toContain('multiplied by the tax');
      expect(taxDoubling.hint(p, 'all-but-tax')).toBeUndefined();
    }
  });
});
