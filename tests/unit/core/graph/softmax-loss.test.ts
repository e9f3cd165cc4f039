import { describe, expect, it } from 'vitest';
import {
  evaluate,
  OPS,
  softmaxLossGraph,
  softmaxLossLeaves,
} from '../../../../src/core/graph/index';
import { numericalDerivative } from '../../../../src/core/numerical-gradient';

const run = (a: [number, number, number], k: number) =>
  evaluate(softmaxLossGraph(), softmaxLossLeaves(a, k));

describe('the new primitives', () => {
  it('state forward and local derivatives that match central differences', () => {
    const check = (kind: 'div' | 'log' | 'sum', xs: number[]) => {
      const rule = OPS[kind];
      const local = rule.local(xs, rule.forward(xs));
      xs.forEach((_, i) => {
        const f = (v: number) => rule.forward(xs.map((x, j) => (j === i ? v : x)));
        expect(local[i]).toBeCloseTo(numericalDerivative(f, xs[i]!), 8);
      });
    };
    check('div', [3, 4]);
    check('div', [-2, 0.5]);
    check('log', [2.5]);
    check('sum', [1, 2, 3]);
    expect(OPS.div.forward([3, 4])).toBe(0.75);
    expect(OPS.log.forward([Math.E])).toBe(1);
    expect(OPS.div.explain([3, 4], 0.75, { inputs: ['e₀', 'S'], output: 'y₀' })).toBe(
      '∂y₀/∂e₀ = 1/S = 0.25, ∂y₀/∂S = −y₀/S = -0.1875',
    );
  });
});

describe('Softmax-with-Loss as a graph of primitives', () => {
  it('gives y = 1/3 each and L = ln 3 for equal logits; ∂L/∂a = y − t', () => {
    const ev = run([0, 0, 0], 0);
    for (const id of ['y0', 'y1', 'y2']) expect(ev.values.get(id)).toBeCloseTo(1 / 3, 15);
    expect(ev.values.get('L')).toBeCloseTo(Math.log(3), 15);
    expect(ev.grads.get('a0')).toBeCloseTo(1 / 3 - 1, 15);
    expect(ev.grads.get('a1')).toBeCloseTo(1 / 3, 15);
    expect(ev.grads.get('a2')).toBeCloseTo(1 / 3, 15);
  });

  it('works the chapter’s row [0.3, 2.9, 4] with class 2 true', () => {
    const ev = run([0.3, 2.9, 4], 2);
    const e = [0.3, 2.9, 4].map(Math.exp);
    const S = e[0]! + e[1]! + e[2]!;
    const y = e.map((v) => v / S);
    expect(ev.values.get('S')).toBeCloseTo(S, 12);
    expect(ev.values.get('y2')).toBeCloseTo(0.7366, 4);
    expect(ev.values.get('L')).toBeCloseTo(-Math.log(y[2]!), 14);
    // Node by node: ×(−1) sends −1, Σ passes it on, × t sends −tₖ to log yₖ, log sends −tₖ/yₖ.
    expect(ev.grads.get('log2')).toBe(-1);
    expect(ev.grads.get('log0')).toBe(0);
    expect(ev.grads.get('y2')).toBeCloseTo(-1 / y[2]!, 12);
    // S collects from all three ÷ nodes; only y2's path is non-zero: −(−1/y2)·e2/S² … = 1/S.
    expect(ev.grads.get('S')).toBeCloseTo(1 / S, 14);
    y.forEach((yk, k) => expect(ev.grads.get(`a${k}`)).toBeCloseTo(yk - (k === 2 ? 1 : 0), 14));
  });

  it('agrees with central differences of the graph’s own loss', () => {
    const a: [number, number, number] = [1.2, -0.7, 0.4];
    for (const k of [0, 1, 2]) {
      const ev = run(a, k);
      a.forEach((ak, i) => {
        const f = (v: number) =>
          run(a.map((x, j) => (j === i ? v : x)) as [number, number, number], k).values.get('L')!;
        expect(ev.grads.get(`a${i}`)).toBeCloseTo(numericalDerivative(f, ak), 8);
      });
    }
  });

  it('stays finite at the limit ±100', () => {
    for (const a of [
      [100, -100, 0],
      [-100, -100, 100],
    ] as [number, number, number][]) {
      const ev = run(a, 1);
      for (const v of [...ev.values.values(), ...ev.grads.values()])
        expect(Number.isFinite(v)).toBe(true);
    }
  });
});
