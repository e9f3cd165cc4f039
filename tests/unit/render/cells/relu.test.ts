import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/input-error';
import { reluSpec } from '../../../../src/render/cells/relu';
import type { CellValues } from '../../../../src/render/kit/types';

const defaults = (): CellValues =>
  Object.fromEntries(
    reluSpec.fields.map((f) => [f.name, structuredClone(f.initial) as CellValues[string]]),
  );

describe('ReLU cell', () => {
  it('starts at the book’s matrix and works it by hand', () => {
    const r = reluSpec.compute(defaults());
    expect(r.x).toEqual([
      [1, -0.5],
      [-2, 3],
    ]);
    expect(r.y).toEqual([
      [1, 0],
      [0, 3],
    ]);
    // 1 marks an entry with x ≤ 0, whose gradient is blocked.
    expect(r.mask).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(r.dx).toEqual([
      [1, 0],
      [0, 4],
    ]);
    expect(r.kinks).toBe(0);
  });

  it('checks dx against central differences away from the kink', () => {
    const r = reluSpec.compute(defaults());
    r.numeric.flat().forEach((n, k) => expect(n).toBeCloseTo(r.dx.flat()[k]!, 8));
    expect(r.maxError).toBeLessThan(1e-7);
    expect(reluSpec.renderResult(r, defaults())).toContain('agree');
  });

  it('shows the kink at exactly 0: the layer says 0, the estimate half of dout', () => {
    const r = reluSpec.compute({ x: [[0, 2]], dout: [[3, 5]] });
    expect(r.dx).toEqual([[0, 5]]);
    expect(r.numeric[0]![0]).toBeCloseTo(1.5, 9);
    expect(r.error[0]![0]).toBeCloseTo(1, 9);
    expect(r.kinks).toBe(1);
    const html = reluSpec.renderResult(r, { x: [[0, 2]], dout: [[3, 5]] });
    expect(html).toMatch(/kink/);
    expect(reluSpec.announce(r)).toMatch(/disagrees/);
  });

  it('refuses an upstream gradient of another shape, naming the field', () => {
    const bad = { x: [[1, 2]], dout: [[1], [2]] };
    expect(() => reluSpec.compute(bad)).toThrow(InputError);
    try {
      reluSpec.compute(bad);
    } catch (e) {
      expect((e as InputError).field).toBe('dout');
      expect((e as Error).message).toContain('(2 × 1)');
      expect((e as Error).message).toContain('(1 × 2)');
    }
  });

  it('never mutates the values it is given', () => {
    const values = defaults();
    const before = structuredClone(values);
    reluSpec.renderResult(reluSpec.compute(values), values);
    expect(values).toEqual(before);
  });

  it('renders forward, backward and check in words, not colour alone', () => {
    const html = reluSpec.renderResult(reluSpec.compute(defaults()), defaults());
    for (const word of ['Forward', 'Backward', 'Gradient check', 'mask', 'relative error']) {
      expect(html).toContain(word);
    }
    expect(html).not.toMatch(/<script/i);
  });

  it('announces dx in one sentence', () => {
    expect(reluSpec.announce(reluSpec.compute(defaults()))).toBe(
      'dx 1, 0; 0, 4; gradient check agrees',
    );
  });
});
