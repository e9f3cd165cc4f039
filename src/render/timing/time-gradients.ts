/**
 * Times the two ways of getting a gradient on core's seeded random network: central differences
 * (2 forward passes per parameter) and backpropagation (one forward, one backward). Pure apart
 * from the clock, which the caller passes in, so tests can use a fake one.
 */
import { parameterCount, type TimingNetShape } from '../../core/cost-model';
import { randomNetwork } from '../../core/random-network';
import { relativeError } from '../../core/relative-error';

/** What one timing found. Times are milliseconds per full gradient. */
export interface GradientTiming {
  readonly shape: TimingNetShape;
  readonly parameters: number;
  readonly numericalMs: number;
  readonly backpropMs: number;
  /** numericalMs / backpropMs. */
  readonly ratio: number;
  /**
   * How far apart the two gradients are, ‖a − b‖ / (‖a‖ + ‖b‖) over all parameters: they must
   * agree for the timing to mean anything.
   */
  readonly relativeError: number;
}

/** Times both methods with `now` (milliseconds), repeating each until `minMs` has elapsed. */
export function timeGradients(
  shape: TimingNetShape,
  now: () => number,
  minMs = 30,
): GradientTiming {
  const net = randomNetwork(shape);
  const numericalMs = perRun(net.numerical, now, minMs);
  const backpropMs = perRun(net.backprop, now, minMs);
  return {
    shape,
    parameters: parameterCount(shape),
    numericalMs,
    backpropMs,
    ratio: numericalMs / backpropMs,
    relativeError: relativeError(net.numerical(), net.backprop()),
  };
}

function perRun(fn: () => unknown, now: () => number, minMs: number): number {
  let runs = 0;
  const start = now();
  let elapsed = 0;
  do {
    fn();
    runs++;
    elapsed = now() - start;
  } while (elapsed < minMs);
  return elapsed / runs;
}
