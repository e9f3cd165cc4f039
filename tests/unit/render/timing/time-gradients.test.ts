import { describe, expect, it } from 'vitest';
import { timingNetFor } from '../../../../src/core/cost-model';
import { randomNetwork } from '../../../../src/core/random-network';
import { timeGradients } from '../../../../src/render/timing/time-gradients';

/** A clock that advances 2 ms per reading: every timed run "takes" 2 ms. */
function fakeClock(): () => number {
  let t = 0;
  return () => (t += 2);
}

describe('gradient timing', () => {
  it('times both methods on a network of the requested size, and they agree', () => {
    const t = timeGradients(timingNetFor(35), fakeClock(), 1);
    expect(t.parameters).toBe(35);
    expect(t.shape).toEqual({ inputs: 4, hidden: 4, classes: 3, batch: 8 });
    expect(t.numericalMs).toBe(2);
    expect(t.backpropMs).toBe(2);
    expect(t.ratio).toBe(1);
    expect(t.relativeError).toBeLessThan(1e-7);
  });

  it('builds the same network from the same seed, and a backprop gradient for every parameter', () => {
    const a = randomNetwork(timingNetFor(59));
    const b = randomNetwork(timingNetFor(59));
    expect(a.params.map((m) => m.toArray())).toEqual(b.params.map((m) => m.toArray()));
    const grads = a.backprop();
    expect(grads.map((g) => [g.rows, g.cols])).toEqual(a.params.map((p) => [p.rows, p.cols]));
  });

  it('repeats a fast method until the minimum time has passed', () => {
    const t = timeGradients(timingNetFor(11), fakeClock(), 10);
    // 2 ms per run on the fake clock: 5 runs reach 10 ms, so each run is 2 ms.
    expect(t.backpropMs).toBe(2);
  });
});
