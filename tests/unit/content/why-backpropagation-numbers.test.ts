// Chapter 1 states numbers in prose: each is read from the MDX source and checked against the
// book's code (src/core) and a hand-worked value, so a wrong sentence or a wrong routine fails.
import { describe, expect, it } from 'vitest';
import { numericalDerivative } from '../../../src/core/index';
import { whyBackpropagation } from '../../../src/lib/prose-values/why-backpropagation';
import { chapterSource, stated, statedProducts } from './chapter-prose';

const src = chapterSource('why-backpropagation');

describe('chapter 1: the worked central difference', () => {
  const [x, y] = stated(src, /one input \$x = (\d+)\$, a target \$y = (\d+)\$/);
  const loss = (w: number): number => (w * x! - y!) ** 2;

  it('the example is x = 2, y = 1, and L(1) = (2 − 1)² = 1', () => {
    expect([x, y]).toEqual([2, 1]);
    const [w, atW] = stated(src, /At \$w = (\d+)\$ the loss is \$\(2 - 1\)\^2 = (\d+)\$/);
    expect(loss(w!)).toBe(atW);
  });

  it('the two nudged losses and their difference quotient are what the code computes', () => {
    const [up, down, twoH, lUp, lDown, result] = stated(
      src,
      /\\frac\{L\(([\d.]+)\) - L\(([\d.]+)\)\}\{([\d.]+)\} = \\frac\{([\d.]+) - ([\d.]+)\}\{[\d.]+\} = (\d+)\./,
    );
    const w = (up! + down!) / 2;
    const h = twoH! / 2;
    expect([w, h]).toEqual([1, 1e-4]); // the prose's h = 10^{-4}
    expect(src).toContain('With $h = 10^{-4}$');
    // By hand: (2.0002 − 1)² = 1.00040004 and (1.9998 − 1)² = 0.99960004.
    expect([lUp, lDown]).toEqual([1.00040004, 0.99960004]);
    expect(loss(up!)).toBeCloseTo(lUp!, 12);
    expect(loss(down!)).toBeCloseTo(lDown!, 12);
    expect((lUp! - lDown!) / twoH!).toBeCloseTo(result!, 9);
    expect(numericalDerivative(loss, w, h)).toBeCloseTo(result!, 9);
  });

  it('calculus gives the same 4: 2(wx − y)x = 2 · 1 · 2', () => {
    const [a, b, c, d] = stated(
      src,
      /2\(wx - y\)\\,x = (\d+) \\cdot (\d+) \\cdot (\d+) = (\d+)\$, the same number/,
    );
    expect(a! * b! * c!).toBe(d);
    expect(2 * (1 * x! - y!) * x!).toBe(d);
  });

  it('the one-call example in the listing returns 4', () => {
    const [, wx, wy, at, h, comment] =
      /numericalDerivative\(\(w\) => \(w \* (\d+) - (\d+)\) \*\* 2, (\d+), ([\de.-]+)\); \/\/ (\d+)/
        .exec(src)!
        .map(Number);
    expect(numericalDerivative((w) => (w * wx! - wy!) ** 2, at!, h!)).toBeCloseTo(comment!, 9);
  });
});

describe('chapter 1: what a gradient costs', () => {
  it('the cell starts at 39,760 parameters: a 784 → 50 → 10 classifier with biases', () => {
    const [inputs, hidden, classes] = stated(
      src,
      /starts at \{w\.startParameters\} parameters.*?\((\d+) inputs, (\d+) hidden units, (\d+) classes\)/,
    );
    // The count is rendered from the cell's default; by hand 784·50 + 50 + 50·10 + 10 = 39,760.
    expect(whyBackpropagation().startParameters).toBe('39,760');
    expect(inputs! * hidden! + hidden! + hidden! * classes! + classes!).toBe(39_760);
    expect([inputs, hidden, classes]).toEqual([784, 50, 10]);
  });

  it('check yourself: 50,000 parameters at 2 ms a pass is 100,000 passes, 200 seconds', () => {
    const [params, ms] = stated(
      src,
      /A model has ([\d,]+) parameters and one forward pass takes (\d+) ms/,
    );
    const [factor, sameParams, passes, ms2, seconds] = stated(
      src,
      /\$(\d+) \\times ([\d{},]+) = ([\d{},]+)\$ passes, at (\d+) ms each that is (\d+) seconds/,
    );
    expect([factor, sameParams, ms2]).toEqual([2, params, ms]);
    expect(passes).toBe(2 * params!);
    expect((passes! * ms!) / 1000).toBe(seconds);
    for (const { a, b, c } of statedProducts(src)) expect(a * b).toBe(c);
  });

  it('a million parameters at a millisecond a pass: two million passes, over half an hour', () => {
    expect(src).toMatch(
      /a million parameters, and a forward pass over a batch might take a millisecond/,
    );
    expect(src).toMatch(/then two million forward passes: over half an hour/);
    const passes = 2 * 1e6;
    expect((passes * 1e-3) / 60).toBeGreaterThan(30); // 2000 s ≈ 33 minutes
  });
});
