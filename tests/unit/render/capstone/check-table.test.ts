import { describe, expect, it } from 'vitest';
import {
  checkOutcomeText,
  checkTableHtml,
  checkVerdict,
} from '../../../../src/render/capstone/check-table';
import type { NetworkCheck } from '../../../../src/core/net/network-check';

const sizes = { inputSize: 64, hiddenSize: 10, outputSize: 10, batch: 3 };
const compared = (errors: [number, number, number, number]): NetworkCheck => ({
  kind: 'compared',
  params: (['W1', 'b1', 'W2', 'b2'] as const).map((name, k) => ({
    name,
    meanAbsDiff: errors[k]! / 10,
    relativeError: errors[k]!,
  })),
});

describe('the whole-network check table', () => {
  it('passes when every relative error is below 1e-7', () => {
    const c = compared([1e-10, 3e-11, 2e-10, 1e-11]);
    expect(checkVerdict(c)).toBe('passed');
    expect(checkOutcomeText(c)).toMatch(/^Passed/);
  });

  it('catches above 1e-4 and names the worst parameter', () => {
    const c = compared([1e-10, 0.5, 2e-10, 0.02]);
    expect(checkVerdict(c)).toBe('caught');
    expect(checkOutcomeText(c)).toBe("Caught: b1's relative error is 0.5, far above 1e-4.");
  });

  it('a NaN error is never a pass', () => {
    expect(checkVerdict(compared([1e-10, Number.NaN, 1e-10, 1e-10]))).toBe('caught');
  });

  it('between 1e-7 and 1e-4 is neither passed nor caught', () => {
    expect(checkVerdict(compared([1e-6, 1e-10, 1e-10, 1e-10]))).toBe('not-caught');
  });

  it('a shape error is caught, by shape, with its message and no parameter table', () => {
    const c: NetworkCheck = { kind: 'shape-error', message: 'dot: 3 × 10 and 64 × 10 do not fit' };
    expect(checkVerdict(c)).toBe('caught-by-shape');
    const html = checkTableHtml({ sizes, check: c });
    expect(html).toContain('Caught by shape');
    expect(html).toContain('3 × 10 and 64 × 10');
    expect(html).not.toContain('bp-netcheck-table');
  });

  it('a shape error still shows the numerical time, and says backprop has none', () => {
    const c: NetworkCheck = { kind: 'shape-error', message: 'dot: 3 × 10 and 64 × 10 do not fit' };
    const html = checkTableHtml({ sizes, check: c, numericalMs: 41.5 });
    expect(html).toContain('41.5 ms');
    expect(html).toContain('it stopped at the shape error');
  });

  it('the table has a row per parameter with its shape, and the times when given', () => {
    const html = checkTableHtml({
      sizes,
      check: compared([1e-10, 3e-11, 2e-10, 1e-11]),
      numericalMs: 12.345,
      backpropMs: 0.0456,
    });
    expect(html).toContain('<th scope="row">W1</th><td>64 × 10</td>');
    expect(html).toContain('<th scope="row">b2</th><td>1 × 10</td>');
    expect(html).toContain('64–10–10, batch of 3');
    expect(html).toContain('12.3 ms');
    expect(html).toContain('0.0456 ms');
    expect(html).not.toMatch(/NaN|Infinity/);
  });
});
