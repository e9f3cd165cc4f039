import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/input-error';
import {
  composite,
  compositeChainCell,
  compositeView,
} from '../../../../src/render/cells/composite-chain';

describe('composite chain L = (x² + 1)³', () => {
  it('matches the hand-worked table at x = 2', () => {
    const r = composite(2);
    expect([r.t, r.u, r.L]).toEqual([4, 5, 125]);
    expect(r.local).toEqual({ dLdu: 75, dudt: 1, dtdx: 4 });
    expect([r.dLdt, r.dLdx, r.formula]).toEqual([75, 300, 300]);
    expect(r.numerical).toBeCloseTo(300, 6);
  });

  it('agrees with the one-step formula and central differences across x', () => {
    for (const x of [-3.7, -1, -0.25, 0, 0.5, 1.3, 4]) {
      const r = composite(x);
      const expected = 6 * x * (x * x + 1) ** 2;
      expect(r.dLdx).toBeCloseTo(expected, 9);
      expect(Math.abs(r.numerical - expected)).toBeLessThan(1e-6 * Math.max(1, Math.abs(expected)));
    }
  });

  it('sends nothing back at x = 0, where the square node is flat', () => {
    expect(composite(0).dLdx).toBe(0);
  });

  it('refuses an x whose cube overflows, naming the field', () => {
    expect(() => composite(1e60)).toThrow(InputError);
    expect(() => compositeChainCell.compute({ x: 1e60 })).toThrow(/too large/);
  });

  it('steps backward cube → +1 → square with the products of the table', () => {
    const view = compositeView(composite(2));
    expect(view.steps.map((s) => s.node)).toEqual(['cube', 'plusOne', 'square']);
    expect(view.steps.map((s) => s.product)).toEqual([
      'to u: 1 × 75 = 75',
      'to t: 75 × 1 = 75',
      'to x: 75 × 4 = 300',
    ]);
    expect(view.edges.map((e) => [e.forward, e.backward])).toEqual([
      ['2', '300'],
      ['4', '75'],
      ['5', '75'],
      ['125', '1'],
    ]);
  });
});
