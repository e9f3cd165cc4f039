import { describe, expect, it } from 'vitest';
import { TOY_SET_NAMES, toySet, toySplit } from '../../../../src/core/data/toy-sets';
import { gaussian, mulberry32 } from '../../../../src/core/random';

describe('toy sets', () => {
  it.each(TOY_SET_NAMES)('%s: seeded, balanced, 2-D, within [−1.3, 1.3]²', (name) => {
    const d = toySet(name, { seed: 5, perClass: 80 });
    expect(d.classes).toBe(name === 'spiral' ? 3 : 2);
    expect(d.x.cols).toBe(2);
    expect(d.x.rows).toBe(80 * d.classes);
    for (let c = 0; c < d.classes; c++) expect(d.labels.filter((l) => l === c).length).toBe(80);
    const values = d.x.toArray().flat();
    expect(values.every((v) => Number.isFinite(v) && Math.abs(v) <= 1.3)).toBe(true);
    expect(toySet(name, { seed: 5, perClass: 80 }).x.toArray()).toEqual(d.x.toArray());
    expect(toySet(name, { seed: 6, perClass: 80 }).x.toArray()).not.toEqual(d.x.toArray());
  });

  it('classes differ where they should: circles by radius, xor by the sign of x·y', () => {
    const circles = toySet('circles', { seed: 1 });
    const radius = circles.x.toArray().map(([a, b]) => Math.hypot(a!, b!));
    const meanRadius = (c: number) => {
      const r = radius.filter((_, n) => circles.labels[n] === c);
      return r.reduce((s, v) => s + v, 0) / r.length;
    };
    expect(meanRadius(0)).toBeLessThan(0.6);
    expect(meanRadius(1)).toBeGreaterThan(0.85);
    const xor = toySet('xor', { seed: 1 });
    const agree = xor.x.toArray().filter(([a, b], n) => (a! * b! < 0 ? 1 : 0) === xor.labels[n]);
    expect(agree.length / xor.x.rows).toBeGreaterThan(0.95);
  });

  it('toySplit holds out a fifth of each class', () => {
    const { train, test } = toySplit('spiral');
    expect([train.x.rows, test.x.rows]).toEqual([240, 60]);
    expect([0, 1, 2].map((c) => test.labels.filter((l) => l === c).length)).toEqual([20, 20, 20]);
  });
});

describe('gaussian', () => {
  it('is seeded and standard normal: mean ≈ 0, variance ≈ 1, 68 % within one σ', () => {
    const normal = gaussian(mulberry32(11));
    const v = Array.from({ length: 20000 }, normal);
    const mean = v.reduce((s, x) => s + x, 0) / v.length;
    const variance = v.reduce((s, x) => s + (x - mean) ** 2, 0) / v.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
    const inside = v.filter((x) => Math.abs(x) < 1).length / v.length;
    expect(Math.abs(inside - 0.6827)).toBeLessThan(0.01);
    expect(Array.from({ length: 5 }, gaussian(mulberry32(11)))).toEqual(v.slice(0, 5));
    expect(v.every(Number.isFinite)).toBe(true);
  });
});
