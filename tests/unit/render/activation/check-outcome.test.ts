import { describe, expect, it } from 'vitest';
import { checkOutcome } from '../../../../src/render/activation/gradient-check';
import { computeRelu } from '../../../../src/render/activation/relu-result';
import { relativeError } from '../../../../src/core/relative-error';
import { Matrix } from '../../../../src/core/index';
import sigmoid from '../../../../src/render/cells/sigmoid';
import relu from '../../../../src/render/cells/relu';

describe('checkOutcome: the one rule every gradient check in the book follows', () => {
  it('agrees when every entry agrees and the whole error is small', () => {
    expect(checkOutcome([1, 2], [1 + 1e-12, 2], 1e-12, 0)).toBe('agree');
  });
  it('disagrees when an entry differs beyond the noise bound', () => {
    expect(checkOutcome([1, 2], [1, 3], 0.1, 1e-9)).toBe('disagree');
  });
  it('never agrees when the error, a gradient or an estimate is not finite', () => {
    // Entries within a huge noise bound used to agree even with error NaN.
    expect(checkOutcome([1e200, 0], [1e200, 0], Number.NaN, 1e192)).toBe('unchecked');
    expect(checkOutcome([1], [Number.POSITIVE_INFINITY], 0, 0)).toBe('unchecked');
    expect(checkOutcome([Number.NaN], [1], 0, 0)).toBe('unchecked');
    expect(checkOutcome([1], [1], 0, Number.POSITIVE_INFINITY)).toBe('agree');
  });
  it('can’t tell when entries agree only by the noise bound and the whole error is large', () => {
    expect(checkOutcome([1, 4], [1, 0], 0.5, 10)).toBe('unchecked');
  });
});

describe('relative error does not overflow on large finite values', () => {
  it('is finite and exact in scale for entries near 1e200', () => {
    const a = Matrix.from([[1e200, 3e200]]);
    expect(relativeError(a, a.scale(1 + 1e-10))).toBeLessThan(1e-9);
    const e = relativeError(Matrix.from([[1e200, 1e200]]), Matrix.from([[1e200, 0]]));
    expect(e).toBeCloseTo(1 / (Math.SQRT2 + 1), 12);
  });
});

describe('activation cells with dout 1e200 (issue 12)', () => {
  it('ReLU never prints a non-finite relative error beside "agree"', () => {
    const r = computeRelu({
      x: [
        [1, -0.5],
        [-2, 3],
      ],
      dout: [
        [1e200, 2],
        [3, 4],
      ],
    });
    expect(Number.isFinite(r.wholeError)).toBe(true);
    if (r.outcome === 'agree') expect(r.wholeError).toBeLessThan(1e-4);
    const html = relu.renderResult(r, {});
    expect(html).not.toMatch(/NaN|Infinity/);
  });
  it('sigmoid says agree only with a finite, small error', () => {
    const r = sigmoid.compute({ x: 1, dout: 1e200 });
    expect(Number.isFinite(r.error)).toBe(true);
    expect(r.outcome === 'agree' ? r.error < 1e-4 : true).toBe(true);
  });
});
