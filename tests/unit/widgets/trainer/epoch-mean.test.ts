import { describe, expect, it } from 'vitest';
import { addLoss, epochMean } from '../../../../src/widgets/trainer/epoch-mean';

describe('the mean of the last epoch of mini-batch losses', () => {
  it('spans ⌈train size / batch size⌉ steps, at least one', () => {
    expect(epochMean(240, 60).size).toBe(4);
    expect(epochMean(1438, 100).size).toBe(15);
    expect(epochMean(240, 1000).size).toBe(1);
  });

  it('says nothing until the window is full, then slides', () => {
    const w = epochMean(3, 1);
    expect(addLoss(w, 1)).toBeUndefined();
    expect(addLoss(w, 2)).toBeUndefined();
    expect(addLoss(w, 6)).toBe(3);
    // 1 leaves, 9 comes: (2 + 6 + 9) / 3.
    expect(addLoss(w, 9)).toBeCloseTo(17 / 3, 12);
    expect(addLoss(w, 0)).toBe(5);
  });
});
