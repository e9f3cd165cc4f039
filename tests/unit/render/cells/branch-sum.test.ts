import { describe, expect, it } from 'vitest';
import branch from '../../../../src/render/cells/branch-sum';

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
