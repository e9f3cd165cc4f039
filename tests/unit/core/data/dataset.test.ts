import { describe, expect, it } from 'vitest';
import { shuffled, splitDataset, subset, type Dataset } from '../../../../src/core/data/dataset';
import { Matrix } from '../../../../src/core/matrix';
import { mulberry32 } from '../../../../src/core/random';

// Row i holds the value i, so every row says where it came from.
const numbered = (labels: number[], classes: number): Dataset => ({
  x: Matrix.build(labels.length, 1, (i) => i),
  labels,
  classes,
});

describe('splitDataset', () => {
  const labels = Array.from({ length: 103 }, (_, i) => (i < 50 ? 0 : i < 80 ? 1 : 2));
  const d = numbered(labels, 3);

  it('is disjoint, covers every row once, and keeps each row with its label', () => {
    const { train, test } = splitDataset(d, { seed: 4, testFraction: 0.2 });
    const ids = (s: Dataset) => s.x.toArray().map((r) => r[0]!);
    const all = [...ids(train), ...ids(test)].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 103 }, (_, i) => i));
    for (const s of [train, test]) ids(s).forEach((id, n) => expect(s.labels[n]).toBe(labels[id]));
  });

  it('takes round(count × fraction) of each class for test', () => {
    const { test } = splitDataset(d, { seed: 4, testFraction: 0.2 });
    expect([0, 1, 2].map((c) => test.labels.filter((l) => l === c).length)).toEqual([10, 6, 5]);
  });

  it('is fixed by its seed', () => {
    const ids = (seed: number) =>
      splitDataset(d, { seed, testFraction: 0.3 })
        .test.x.toArray()
        .map((r) => r[0]);
    expect(ids(1)).toEqual(ids(1));
    expect(ids(1)).not.toEqual(ids(2));
  });
});

describe('shuffled and subset', () => {
  it('shuffled is a seeded permutation', () => {
    const a = shuffled(20, mulberry32(3));
    expect([...a].sort((p, q) => p - q)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(shuffled(20, mulberry32(3))).toEqual(a);
    expect(a).not.toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('subset picks rows and labels in the order asked, repeats allowed', () => {
    const s = subset(numbered([0, 1, 1, 0], 2), [3, 1, 1]);
    expect(s.x.toArray()).toEqual([[3], [1], [1]]);
    expect(s.labels).toEqual([0, 1, 1]);
    expect(() => subset(numbered([0], 2), [1])).toThrow(RangeError);
  });
});
