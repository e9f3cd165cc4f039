import { describe, expect, it } from 'vitest';
import { Matrix } from '../../../src/core/matrix';
import { relativeError } from '../../../src/core/relative-error';

describe('relativeError', () => {
  it('is |a − b| / (|a| + |b|) for one number, and 0 for two zeros', () => {
    expect(relativeError(3, 1)).toBe(0.5);
    expect(relativeError(0, 0)).toBe(0);
    expect(relativeError(0, 2)).toBe(1);
    // No squaring for one entry: tiny values still compare.
    expect(relativeError(1e-200, 3e-200)).toBeCloseTo(0.5, 12);
  });

  it('uses Euclidean norms over a matrix, or over a list of matrices as one vector', () => {
    const a = Matrix.from([[3, 4]]);
    const b = Matrix.from([[0, 0]]);
    expect(relativeError(a, b)).toBe(1);
    expect(relativeError(a, a)).toBe(0);
    expect(relativeError([a, a], [a, Matrix.from([[3, 0]])])).toBeCloseTo(
      4 / (Math.sqrt(50) + Math.sqrt(34)),
      15,
    );
  });
});
