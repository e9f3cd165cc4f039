import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../../src/render/capstone/run-check';

/** A clock that advances 1 ms per reading: timings are then counts of calls, not the machine's speed. */
function ticking(): () => number {
  let now = 0;
  return () => (now += 1);
}

describe('runCheck', () => {
  it('times both methods when backprop runs through', () => {
    const run = runCheck('relu-no-mask', ticking(), 1);
    expect(run.check.kind).toBe('compared');
    expect(run.numericalMs).toBeGreaterThan(0);
    expect(run.backpropMs).toBeGreaterThan(0);
  });

  it('with a shape error, times the numerical gradient only', () => {
    const run = runCheck('affine-transpose', ticking(), 1);
    expect(run.check.kind).toBe('shape-error');
    expect(run.numericalMs).toBeGreaterThan(0);
    expect(run.backpropMs).toBeUndefined();
  });
});
