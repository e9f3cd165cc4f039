import { describe, expect, it } from 'vitest';
import { Matrix } from '../../../../src/core/matrix';
import { sgdStep } from '../../../../src/core/net/sgd';
import type { NetworkParams } from '../../../../src/core/random-network';

const scalar = (v: number) => Matrix.from([[v]]);
const params = (w: number): NetworkParams => ({
  W1: scalar(w),
  b1: scalar(0),
  W2: scalar(-w),
  b2: scalar(1),
});

describe('sgdStep', () => {
  it('plain SGD: p − η·g, leaving params and grads untouched', () => {
    const p = params(2);
    const g = params(10);
    const snapshot = JSON.stringify([p, g].map((q) => Object.values(q).map((m) => m.toArray())));
    const { params: next } = sgdStep(p, g, { learningRate: 0.1 });
    expect(next.W1.get(0, 0)).toBeCloseTo(1, 15);
    expect(next.W2.get(0, 0)).toBeCloseTo(-1, 15);
    expect(next.b2.get(0, 0)).toBeCloseTo(0.9, 15); // b2 = 1, g = 1
    expect(JSON.stringify([p, g].map((q) => Object.values(q).map((m) => m.toArray())))).toBe(
      snapshot,
    );
    expect(next.W1).not.toBe(p.W1);
  });

  it('momentum on f(w) = w², by hand: w = 1, η = 0.1, μ = 0.9', () => {
    // step 1: g = 2,    v = −0.2,                w = 0.8
    // step 2: g = 1.6,  v = 0.9·−0.2 − 0.16 = −0.34, w = 0.46
    // step 3: g = 0.92, v = 0.9·−0.34 − 0.092 = −0.398, w = 0.062
    let p = params(1);
    let state = { velocity: undefined as NetworkParams | undefined };
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) {
      const w = p.W1.get(0, 0);
      const grads: NetworkParams = { ...params(0), W1: scalar(2 * w) };
      const before = state.velocity;
      ({ params: p, state } = sgdStep(p, grads, { learningRate: 0.1, momentum: 0.9 }, state));
      expect(state.velocity).not.toBe(before);
      seen.push(p.W1.get(0, 0));
    }
    expect(seen[0]).toBeCloseTo(0.8, 14);
    expect(seen[1]).toBeCloseTo(0.46, 14);
    expect(seen[2]).toBeCloseTo(0.062, 14);
  });

  it('leaves the previous velocity unchanged', () => {
    const first = sgdStep(params(1), params(1), { learningRate: 0.5, momentum: 0.9 });
    const v = first.state.velocity!.W1.get(0, 0);
    sgdStep(first.params, params(1), { learningRate: 0.5, momentum: 0.9 }, first.state);
    expect(first.state.velocity!.W1.get(0, 0)).toBe(v);
  });
});
