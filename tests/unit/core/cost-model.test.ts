import { describe, expect, it } from 'vitest';
import {
  MAX_TIMED_PARAMETERS,
  gradientCost,
  parameterCount,
  timingNetFor,
} from '../../../src/core/cost-model';

describe('gradientCost', () => {
  it('needs two forward passes per parameter numerically, one forward and one backward by backprop', () => {
    expect(gradientCost(39_760)).toEqual({
      parameters: 39_760,
      numericalForwardPasses: 79_520,
      backpropForwardPasses: 1,
      backpropBackwardPasses: 1,
    });
  });

  it('refuses counts that are not positive whole numbers', () => {
    for (const bad of [0, -3, 1.5, Number.NaN, 2 ** 60]) {
      expect(() => gradientCost(bad)).toThrow(RangeError);
    }
  });
});

describe('timingNetFor', () => {
  it('counts W1, b1, W2 and b2 (the book network 784 → 50 → 10 has 39 760)', () => {
    expect(parameterCount({ inputs: 784, hidden: 50, classes: 10, batch: 100 })).toBe(39_760);
  });

  it('hits 131 parameters exactly with 16 hidden units', () => {
    const shape = timingNetFor(131);
    expect(shape).toEqual({ inputs: 4, hidden: 16, classes: 3, batch: 8 });
    expect(parameterCount(shape)).toBe(131);
  });

  it('never exceeds the cap and never drops below one hidden unit', () => {
    expect(parameterCount(timingNetFor(1e9))).toBeLessThanOrEqual(MAX_TIMED_PARAMETERS);
    expect(parameterCount(timingNetFor(1e9))).toBeGreaterThan(MAX_TIMED_PARAMETERS - 8);
    expect(parameterCount(timingNetFor(300))).toBe(299);
    expect(timingNetFor(1).hidden).toBe(1);
  });
});
