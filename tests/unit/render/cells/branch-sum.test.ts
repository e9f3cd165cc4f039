import { describe, expect, it } from 'vitest';
import branch from '../../../../src/render/cells/branch-sum';
import { InputError } from '../../../../src/core/input-error';

describe('branch-sum cell', () => {
  it('lists the two contributions 2 and 5 and their sum 7 in its first render', () => {
    const r = branch.compute({ x: 3, y: 2, z: 5 });
    expect(r.paths.map((p) => p.grad)).toEqual([2, 5]);
    expect(r.g.grad('x')).toBe(7);
    expect(Math.abs(r.numeric - 7)).toBeLessThan(1e-7);
    const html = branch.renderResult(r, { x: 3, y: 2, z: 5 });
    expect(html).toContain('∂L/∂x along path ① (y·x)');
    expect(html).toContain('∂L/∂x along path ② (x·z)');
    expect(html).toMatch(/sum: ∂L\/∂x<\/th><td><data[^>]*>7</);
    expect(branch.announce(r)).toBe('∂L/∂x: 2 + 5 = 7.');
  });

  it('follows the reader: x = −1, y = 4, z = 0.5 sends 4 and 0.5, sum 4.5', () => {
    const r = branch.compute({ x: -1, y: 4, z: 0.5 });
    expect(r.paths.map((p) => p.grad)).toEqual([4, 0.5]);
    expect(r.g.grad('x')).toBe(4.5);
  });

  it('draws both edges leaving x, each with its own gradient', () => {
    const view = branch.graph!(branch.compute({ x: 3, y: 2, z: 5 }));
    const fromX = view.edges.filter((e) => e.from === 'x');
    expect(fromX.map((e) => [e.to, e.backward])).toEqual([
      ['yx', '2'],
      ['xz', '5'],
    ]);
  });
});

describe('branch-sum cell at the edges of its range', () => {
  it('refuses |x|, |y| or |z| above 10⁶ beside the field, so no Infinity or NaN is shown', () => {
    for (const [name, v] of [
      ['x', 1e308],
      ['y', 1e308],
      ['z', -1e7],
      ['x', 1e10],
    ] as const) {
      const values = { x: 3, y: 2, z: 5, [name]: v };
      let error: unknown;
      try {
        branch.compute(values);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).field).toBe(name);
      expect((error as Error).message).toContain('between −1000000 and 1000000');
    }
  });

  it('keeps the central difference close to y + z at the limits, the step growing with |x|', () => {
    for (const [x, y, z] of [
      [1e6, 2, 5],
      [-1e6, 1e6, 1e6],
      [1e6, -1e6, 3],
      [1e-6, 2, 5],
    ] as const) {
      const r = branch.compute({ x, y, z });
      const html = branch.renderResult(r, { x, y, z });
      expect(html).not.toMatch(/NaN|Infinity/);
      expect(Number.isFinite(r.g.value('L'))).toBe(true);
      expect(Math.abs(r.numeric - (y + z))).toBeLessThanOrEqual(
        1e-6 * Math.max(1, Math.abs(y + z)),
      );
    }
  });
});
