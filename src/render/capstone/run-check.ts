/**
 * One run of the chapter's whole-network check: CHECK_SETUP's net and batch, backprop (with a
 * planted bug, or none) against central differences, each method timed. Pure apart from the
 * clock, which the caller passes in: the build times it in Node, the worker in the browser.
 */
import { CHECK_SETUP, checkExample, checkNetwork } from '../../core/net/network-check';
import { buggyGradient, type PlantedBug } from '../../core/net/planted-bugs';
import type { CheckRun } from './check-table';

/** "none" or one of the planted bugs: the values of the "break it" switch. */
export type BugChoice = PlantedBug | 'none';

/** Milliseconds per call of `fn`, repeated until `minMs` have passed; undefined if it throws. */
function perRun(fn: () => unknown, now: () => number, minMs: number): number | undefined {
  let runs = 0;
  // One untimed call first: the first run of a function pays for its compilation.
  try {
    fn();
  } catch {
    return undefined;
  }
  const start = now();
  let elapsed = 0;
  try {
    do {
      fn();
      runs++;
      elapsed = now() - start;
    } while (elapsed < minMs);
  } catch {
    return undefined;
  }
  return elapsed / runs;
}

/**
 * Checks the network with `bug` planted and times both gradients. Backprop that stops at a shape
 * error has no time; the numerical gradient, which needs no backward pass, is still timed.
 */
export function runCheck(bug: BugChoice, now: () => number, minMs = 20): CheckRun {
  const { net, x, labels } = checkExample();
  const check = checkNetwork(net, x, labels, bug === 'none' ? undefined : bug);
  const sizes = { ...CHECK_SETUP };
  const backprop = () =>
    bug === 'none' ? net.gradient(x, labels) : buggyGradient(net, x, labels, bug);
  const backpropMs = check.kind === 'shape-error' ? undefined : perRun(backprop, now, minMs);
  const numericalMs = perRun(() => net.numericalGradient(x, labels), now, minMs);
  return {
    sizes,
    check,
    ...(backpropMs === undefined ? {} : { backpropMs }),
    ...(numericalMs === undefined ? {} : { numericalMs }),
  };
}
