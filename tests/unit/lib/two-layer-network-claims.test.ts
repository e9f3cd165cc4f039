// Chapter 7's prose renders its numbers from the build-time runs, but its sentences make claims
// about them ("crawls", "never recovers", "ln 3", "reaches 97 %"). These tests hold the runs to
// those claims, so a change of the default settings that falsifies a sentence fails here.
import { describe, expect, it } from 'vitest';
import { capstoneRun, type RunSeries } from '../../../src/lib/capstone-run';
import { checkExample, checkNetwork } from '../../../src/core/net/network-check';
import { PLANTED_BUGS } from '../../../src/core/net/planted-bugs';

const final = (r: RunSeries) => r.evaluations.at(-1)!;
const at = (r: RunSeries, step: number) => r.evaluations.find((e) => e.step === step)!;
const stepTo = (r: RunSeries, acc: number) =>
  r.evaluations.find((e) => e.trainAccuracy >= acc)?.step ?? Number.POSITIVE_INFINITY;

describe('chapter 7’s sentences hold for the build-time runs', { timeout: 180_000 }, () => {
  const run = capstoneRun();

  it('the spiral reaches 97 % train accuracy; the digits 95 % test accuracy', () => {
    expect(stepTo(run.spiral, 0.97)).toBeLessThan(Number.POSITIVE_INFINITY);
    expect(run.digits.evaluations.some((e) => e.testAccuracy >= 0.95)).toBe(true);
  });

  it('first losses: ln 10 for the fresh digits net, ln 3 for tiny weights, far above for large ones', () => {
    expect(run.digits.losses[0]).toBeCloseTo(Math.log(10), 2);
    expect(run.initSmall.losses[0]).toBeCloseTo(Math.log(3), 2);
    expect(run.initLarge.losses[0]!).toBeGreaterThan(10 * Math.log(3));
  });

  it('a low rate crawls, a high one never recovers (one class of three), the default does best', () => {
    expect(at(run.rateLow, 100).trainAccuracy).toBeLessThan(at(run.spiral, 100).trainAccuracy);
    expect(final(run.rateHigh).trainAccuracy).toBeLessThan(0.5);
    expect(final(run.rateLow).trainAccuracy).toBeLessThan(final(run.spiral).trainAccuracy);
  });

  it('tiny initial weights learn more slowly at first; large ones recover', () => {
    expect(at(run.initSmall, 100).trainAccuracy).toBeLessThan(at(run.spiral, 100).trainAccuracy);
    expect(stepTo(run.initSmall, 0.97)).toBeGreaterThan(stepTo(run.spiral, 0.97));
    expect(stepTo(run.initLarge, 0.97)).toBeLessThan(Number.POSITIVE_INFINITY);
  });

  it('digits: train accuracy ends above test accuracy, and the batch loss keeps falling', () => {
    expect(final(run.digits).trainAccuracy).toBeGreaterThan(final(run.digits).testAccuracy);
    expect(run.digits.losses.at(-1)!).toBeLessThan(run.digits.losses[100]!);
  });

  it('the check: the listed net agrees; the transpose is a shape error; the mask spoils only W1 and b1; no 1/N gives 0.5', () => {
    const { net, x, labels } = checkExample();
    const none = checkNetwork(net, x, labels);
    expect(none.kind === 'compared' && none.params.every((p) => p.relativeError < 1e-7)).toBe(true);
    expect(PLANTED_BUGS).toEqual(['affine-transpose', 'relu-no-mask', 'softmax-no-mean']);
    expect(checkNetwork(net, x, labels, 'affine-transpose').kind).toBe('shape-error');
    const mask = checkNetwork(net, x, labels, 'relu-no-mask');
    if (mask.kind !== 'compared') throw new Error('expected a comparison');
    expect(mask.params.map((p) => p.relativeError > 1e-4)).toEqual([true, true, false, false]);
    const mean = checkNetwork(net, x, labels, 'softmax-no-mean');
    if (mean.kind !== 'compared') throw new Error('expected a comparison');
    for (const p of mean.params) expect(p.relativeError).toBeCloseTo(0.5, 6);
  });
});
