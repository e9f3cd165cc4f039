import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sigmoidSpec } from '../../src/render/cells/sigmoid';
import { reluSpec } from '../../src/render/cells/relu';

const finite = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
/** An upstream gradient of ordinary size (subnormal ones make every product underflow). */
const gradient = finite(-10, 10).filter((v) => Math.abs(v) >= 1e-3);

describe('the sigmoid’s two routes', () => {
  // For x ≫ 0, 1 − y cancels: y(1 − y) keeps only about ε / (1 − y) relative precision
  // (≈ 2e-11 at x = 12), so the two routes are compared where that is below 1e-9.
  it('the four primitive nodes and dout · y(1 − y) give the same gradient', () => {
    fc.assert(
      fc.property(finite(-12, 12), gradient, (x, dout) => {
        const r = sigmoidSpec.compute({ x, dout });
        const scale = Math.abs(r.dx) + Math.abs(r.dxNodes);
        expect(Math.abs(r.dx - r.dxNodes) / scale).toBeLessThan(1e-9);
      }),
      { numRuns: 500 },
    );
  });

  it('both agree with a central difference', () => {
    fc.assert(
      fc.property(finite(-8, 8), gradient, (x, dout) => {
        expect(sigmoidSpec.compute({ x, dout }).agree).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the ReLU cell’s check', () => {
  it('agrees away from the kink on random matrices', () => {
    const entry = finite(-5, 5).filter((v) => Math.abs(v) > 1e-3);
    const shaped = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
      .chain(([r, c]) =>
        fc.tuple(
          fc.array(fc.array(entry, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
          fc.array(fc.array(entry, { minLength: c, maxLength: c }), {
            minLength: r,
            maxLength: r,
          }),
        ),
      );
    fc.assert(
      fc.property(shaped, ([x, dout]) => {
        const r = reluSpec.compute({ x, dout });
        expect(r.agree).toBe(true);
        expect(r.dx).toEqual(x.map((row, i) => row.map((v, j) => (v > 0 ? dout[i]![j]! : 0))));
      }),
      { numRuns: 100 },
    );
  });
});
