import { describe, expect, it } from 'vitest';
import { sigmoidSpec } from '../../../../src/render/cells/sigmoid';
import { formatNumber } from '../../../../src/core/format-number';

describe('sigmoid cell', () => {
  it('gives y = 0.5 and dx = 0.25 · dout at x = 0', () => {
    for (const dout of [1, 3, -2]) {
      const r = sigmoidSpec.compute({ x: 0, dout });
      expect(r.y).toBe(0.5);
      expect(r.dx).toBe(0.25 * dout);
      expect(r.dxNodes).toBe(0.25 * dout);
    }
  });

  it('works the default x = 1 by hand, by both routes', () => {
    const r = sigmoidSpec.compute({ x: 1, dout: 1 });
    const e = Math.exp(-1);
    const y = 1 / (1 + e);
    expect(r.y).toBeCloseTo(0.731059, 6);
    expect(r.y).toBeCloseTo(y, 15);
    // Node by node: 1/x gives −y², +1 gives 1, exp gives e⁻¹, ×(−1) gives −1.
    expect(r.dxNodes).toBeCloseTo(-y * y * 1 * e * -1, 15);
    expect(r.dx).toBeCloseTo(y * (1 - y), 15);
    expect(r.dx).toBeCloseTo(0.196612, 6);
    expect(r.agree).toBe(true);
    expect(r.error).toBeLessThan(1e-7);
  });

  it('steps backward through 1/x, +1, exp, ×(−1) with their local derivatives', () => {
    const r = sigmoidSpec.compute({ x: 1, dout: 1 });
    const view = sigmoidSpec.graph!(r);
    expect(view.steps.map((s) => s.node)).toEqual(['y', 'denominator', 'expNegX', 'negX']);
    expect(view.steps[0]!.local).toContain('−y²');
    expect(view.steps[0]!.local).toMatch(/-0\.5344/);
  });

  it('stays finite in the layer where the primitive graph overflows', () => {
    const r = sigmoidSpec.compute({ x: -1000, dout: 1 });
    expect(r.y).toBe(0);
    expect(r.dx).toBe(0);
    expect(r.expNegX).toBe(Infinity);
    expect(Number.isNaN(r.dxNodes)).toBe(true);
    const html = sigmoidSpec.renderResult(r, { x: -1000, dout: 1 });
    expect(html).toContain('overflowed');
    expect(sigmoidSpec.announce(r)).toContain('overflow');
  });

  it('never disagrees where the gradient is float noise: the one check rule says it can’t tell', () => {
    // Issue 12 made every check follow one rule (render/activation/gradient-check.ts): agreement
    // only within the estimate's rounding noise, with a large relative error, is "can't tell".
    const r = sigmoidSpec.compute({ x: 30, dout: 1 });
    expect(r.error).toBeGreaterThan(1e-4);
    expect(r.outcome).toBe('unchecked');
  });

  it('shows both routes and the check, and announces them', () => {
    const r = sigmoidSpec.compute({ x: 1, dout: 1 });
    const html = sigmoidSpec.renderResult(r, { x: 1, dout: 1 });
    for (const text of [
      'through the four nodes',
      'dout · y(1 − y)',
      'central difference',
      'value="0.7310585786300049"',
      'value="0.19661193324148185"',
    ]) {
      expect(html).toContain(text);
    }
    const [y, dx] = [formatNumber(0.7310585786300049), formatNumber(0.19661193324148185)];
    expect(sigmoidSpec.announce(r)).toBe(
      `y ${y}; dx ${dx} by the formula, ${dx} through the nodes`,
    );
  });
});
