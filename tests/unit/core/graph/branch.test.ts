import { describe, expect, it } from 'vitest';
import {
  branchGraph,
  contributions,
  evaluate,
  BRANCH_LEAVES,
  type Graph,
} from '../../../../src/core/graph/index';
import { numericalDerivative } from '../../../../src/core/numerical-gradient';

const L = (leaves: Record<string, number>) => evaluate(branchGraph(), leaves).values.get('L')!;

describe('a value used twice: L = y·x + x·z', () => {
  const ev = evaluate(branchGraph(), BRANCH_LEAVES);

  it('works x = 3, y = 2, z = 5 by hand: L = 21, paths send 2 and 5, x gets 7', () => {
    expect(ev.values.get('L')).toBe(21);
    const [first, second] = contributions(ev, 'x');
    expect([first!.to, first!.grad]).toEqual(['yx', 2]);
    expect([second!.to, second!.grad]).toEqual(['xz', 5]);
    expect(ev.grads.get('x')).toBe(7);
    expect(ev.grads.get('y')).toBe(3);
    expect(ev.grads.get('z')).toBe(3);
  });

  it('sums the paths to what a central difference gives', () => {
    for (const leaves of [BRANCH_LEAVES, { x: -1.5, y: 0.25, z: 4 }, { x: 10, y: -7, z: -3 }]) {
      const e = evaluate(branchGraph(), leaves);
      const sum = contributions(e, 'x').reduce((s, c) => s + c.grad, 0);
      expect(sum).toBe(e.grads.get('x'));
      const numeric = numericalDerivative((x) => L({ ...leaves, x }), leaves.x);
      expect(Math.abs(sum - numeric)).toBeLessThan(1e-7 * Math.max(1, Math.abs(sum)));
    }
  });

  it('accumulates fan-out through a chain too: L = (x + y) · x gives 2x + y', () => {
    const g: Graph = {
      output: 'L',
      nodes: [
        { kind: 'leaf', id: 'x' },
        { kind: 'leaf', id: 'y' },
        { kind: 'add', id: 's', inputs: ['x', 'y'] },
        { kind: 'mul', id: 'L', inputs: ['s', 'x'] },
      ],
    };
    const e = evaluate(g, { x: 3, y: 4 });
    expect(e.values.get('L')).toBe(21);
    expect(contributions(e, 'x').map((c) => c.grad)).toEqual([3, 7]);
    expect(e.grads.get('x')).toBe(10);
  });
});
