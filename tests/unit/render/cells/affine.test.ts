import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/input-error';
import {
  AFFINE_DEFAULTS,
  computeAffine,
  workedEntries,
} from '../../../../src/render/classifier/affine-result';
import { affineCell } from '../../../../src/render/cells/affine';
import type { CellValues } from '../../../../src/render/kit/types';

const defaults = (): CellValues => ({
  x: AFFINE_DEFAULTS.x.map((r) => [...r]),
  w: AFFINE_DEFAULTS.w.map((r) => [...r]),
  b: AFFINE_DEFAULTS.b.map((r) => [...r]),
  dY: AFFINE_DEFAULTS.dY.map((r) => [...r]),
});

/** The InputError a computation throws, or a failure if it doesn't throw one. */
function inputError(values: CellValues): InputError {
  try {
    computeAffine(values);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('Affine cell', () => {
  it('starts from the batch example: X·W = [[0,0,0],[10,10,10]], + b = [[1,2,3],[11,12,13]]', () => {
    const r = computeAffine(defaults());
    expect(r.y).toEqual([
      [1, 2, 3],
      [11, 12, 13],
    ]);
    expect(r.db).toEqual([[5, 7, 9]]);
  });

  it('gives hand-worked gradients: dX = dY·Wᵀ, dW = Xᵀ·dY', () => {
    const r = computeAffine(defaults());
    // Row 1 of dY times W's rows: 1·1+2·2+3·3 = 14, 1·9+2·8+3·7 = 46; row 2: 32, 118.
    expect(r.dX).toEqual([
      [14, 46],
      [32, 118],
    ]);
    // X's first row is zero, so both rows of dW are dY's second row.
    expect(r.dW).toEqual([
      [4, 5, 6],
      [4, 5, 6],
    ]);
  });

  it('agrees with central differences of L = Σ Y ⊙ dY (an independent oracle)', () => {
    const values: CellValues = {
      x: [
        [0.5, -1.2, 2],
        [1.5, 0.3, -0.7],
      ],
      w: [
        [0.2, -0.4],
        [1.1, 0.6],
        [-0.9, 0.3],
      ],
      b: [[0.1, -0.2]],
      dY: [
        [1, -2],
        [0.5, 3],
      ],
    };
    const loss = (v: CellValues): number => {
      const { y, dY } = computeAffine(v);
      return y.reduce((s, row, i) => s + row.reduce((t, yv, j) => t + yv * dY[i]![j]!, 0), 0);
    };
    const r = computeAffine(values);
    const h = 1e-5;
    for (const [name, grad] of [
      ['x', r.dX],
      ['w', r.dW],
      ['b', r.db],
    ] as const) {
      const m = values[name] as number[][];
      m.forEach((row, i) =>
        row.forEach((_, j) => {
          const nudged = (d: number): CellValues => ({
            ...values,
            [name]: m.map((rr, ii) => rr.map((v, jj) => (ii === i && jj === j ? v + d : v))),
          });
          const numeric = (loss(nudged(h)) - loss(nudged(-h))) / (2 * h);
          expect(grad[i]![j]!).toBeCloseTo(numeric, 7);
        }),
      );
    }
  });

  it('does not change its inputs', () => {
    const values = defaults();
    const copy = structuredClone(values);
    computeAffine(values);
    expect(values).toEqual(copy);
  });

  it('works one entry of each gradient as a sum of products', () => {
    expect(workedEntries(computeAffine(defaults()))).toEqual([
      'dX row 1, column 1 = (row 1 of dY) · (row 1 of W) = 1 × 1 + 2 × 2 + 3 × 3 = 14',
      'dW row 1, column 1 = (column 1 of X) · (column 1 of dY) = 0 × 1 + 1 × 4 = 4',
      'db column 1 = sum of column 1 of dY = 1 + 4 = 5',
    ]);
  });

  it('names both shapes when W does not fit X', () => {
    const e = inputError({ ...defaults(), w: [[1, 2, 3]] });
    expect(e.field).toBe('w');
    expect(e.message).toContain('X has 2 columns but W has 1 row');
    expect(e.message).toContain('(X is 2 × 2, W is 1 × 3)');
  });

  it('says which sizes differ when X and W have the same shape (not “W is 2 × 3 but X is 2 × 3”)', () => {
    const square = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    const e = inputError({ ...defaults(), x: square, w: square });
    expect(e.message).toBe(
      'X has 3 columns but W has 2 rows: for X·W, W needs one row per column of X (X is 2 × 3, W is 2 × 3).',
    );
  });

  it('names both shapes when b does not fit W', () => {
    const e = inputError({ ...defaults(), b: [[1, 2]] });
    expect(e.field).toBe('b');
    expect(e.message).toContain('b is 1 × 2 but W is 2 × 3');
  });

  it('names both shapes when dY does not fit Y', () => {
    const e = inputError({ ...defaults(), dY: [[1, 2, 3]] });
    expect(e.field).toBe('dY');
    expect(e.message).toContain('dY is 1 × 3 but Y is 2 × 3');
  });

  it('refuses an empty batch beside X', () => {
    const e = inputError({ ...defaults(), x: [] });
    expect(e.field).toBe('x');
    expect(e.message).toMatch(/empty/);
  });

  it('renders forward and backward tables with their shapes, and announces briefly', () => {
    const r = computeAffine(defaults());
    const html = affineCell.renderResult(r, defaults());
    expect(html).toContain('Forward →</p>');
    expect(html).toContain('Y = X·W + b (2 × 3)');
    expect(html).toContain('Backward ←</p>');
    expect(html).toContain('dX = dY·W<sup>T</sup> (2 × 2)');
    expect(html).toContain('dW = X<sup>T</sup>·dY (2 × 3)');
    expect(html).toContain('db = column sums of dY (1 × 3)');
    expect(html).toContain('>118<');
    expect(affineCell.announce(r)).toBe(
      'Y is 2 × 3, first row 1, 2, 3; db 5, 7, 9; dX first row 14, 46.',
    );
  });
});
