import { describe, expect, it } from 'vitest';
import {
  CHECK_SETUP,
  CHECK_THRESHOLD,
  checkExample,
  checkNetwork,
} from '../../../../src/core/net/network-check';
import { PLANTED_BUGS, buggyGradient } from '../../../../src/core/net/planted-bugs';
import { ShapeError } from '../../../../src/core/shape-error';

const worst = (check: ReturnType<typeof checkNetwork>) =>
  check.kind === 'compared' ? Math.max(...check.params.map((p) => p.relativeError)) : Infinity;

describe('the gradient check of the whole network (CHECK_SETUP: 64–10–10, batch 3)', () => {
  const { net, x, labels } = checkExample();

  it('passes the correct network: every parameter agrees to better than 1e-7', () => {
    const check = checkNetwork(net, x, labels);
    expect(check.kind).toBe('compared');
    if (check.kind !== 'compared') return;
    expect(check.params.map((p) => p.name)).toEqual(['W1', 'b1', 'W2', 'b2']);
    for (const p of check.params) {
      expect(p.relativeError).toBeLessThan(1e-7);
      expect(p.meanAbsDiff).toBeLessThan(1e-9);
    }
  });

  it.each(PLANTED_BUGS)(
    'catches the planted bug %s (relative error > 1e-4 or a shape error)',
    (bug) => {
      const check = checkNetwork(net, x, labels, bug);
      expect(worst(check)).toBeGreaterThan(CHECK_THRESHOLD);
    },
  );

  it('affine-transpose is a shape error on CHECK_SETUP: dout (3 × 10) · W1 (64 × 10) has no product', () => {
    expect(() => buggyGradient(net, x, labels, 'affine-transpose')).toThrow(ShapeError);
    const check = checkNetwork(net, x, labels, 'affine-transpose');
    expect(check.kind).toBe('shape-error');
    if (check.kind === 'shape-error')
      expect(check.message).toMatch(/dot: \(3 × 10\) · \(64 × 10\)/);
  });

  it('affine-transpose with every W square (10–10–10): shapes fit, and only W1 and b1 betray it', () => {
    const square = { ...CHECK_SETUP, inputSize: 10 };
    const { net: n, x: xs, labels: ls } = checkExample(square);
    const check = checkNetwork(n, xs, ls, 'affine-transpose');
    if (check.kind !== 'compared') throw new Error('expected numbers');
    const error = Object.fromEntries(check.params.map((p) => [p.name, p.relativeError]));
    expect(error.W1).toBeGreaterThan(0.1);
    expect(error.b1).toBeGreaterThan(0.1);
    expect(error.W2).toBeLessThan(1e-7);
    expect(error.b2).toBeLessThan(1e-7);
  });

  it('softmax-no-mean makes every gradient N = 3 times too big: relative error (N − 1)/(N + 1) = 0.5', () => {
    const check = checkNetwork(net, x, labels, 'softmax-no-mean');
    if (check.kind !== 'compared') throw new Error('expected numbers');
    for (const p of check.params) expect(p.relativeError).toBeCloseTo(0.5, 6);
  });

  it('relu-no-mask leaves W2 and b2 right and breaks W1 and b1', () => {
    const check = checkNetwork(net, x, labels, 'relu-no-mask');
    if (check.kind !== 'compared') throw new Error('expected numbers');
    const error = Object.fromEntries(check.params.map((p) => [p.name, p.relativeError]));
    expect(error.W2).toBeLessThan(1e-7);
    expect(error.W1).toBeGreaterThan(CHECK_THRESHOLD);
    expect(error.b1).toBeGreaterThan(CHECK_THRESHOLD);
  });
});
