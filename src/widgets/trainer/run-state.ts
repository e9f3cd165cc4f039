/**
 * What the page knows of the worker's run: the series the curves draw and the latest summary.
 * Summaries arrive ~30 times a second; the per-step losses are kept bounded by averaging
 * neighbours once they pass a limit, so an hour's run costs the page no more than a minute's.
 * No DOM: unit-tested.
 */
import type { CurvePoint } from '../../render/capstone/curves';
import type { FromWorker, Update } from './protocol';
import { addLoss, epochMean, type EpochMean } from './epoch-mean';

type Ready = Extract<FromWorker, { type: 'ready' }>;

export interface RunState {
  readonly ready: Ready;
  steps: number;
  running: boolean;
  diverged: number | undefined;
  /** The mini-batch loss per step (averaged in pairs once long). */
  losses: CurvePoint[];
  train: CurvePoint[];
  test: CurvePoint[];
  /** The latest summary that carried an evaluation. */
  latest: Update | undefined;
  /** The loss on the whole training set at the first evaluation (step 0). */
  startLoss: number | undefined;
  /**
   * The highest training loss past DIVERGING_FACTOR times the start, and its step: kept for the
   * rest of the run. A rate far too high makes the loss leap and fall back by turns; a warning
   * that showed only while the latest summary sat above the line flickered out of sight.
   */
  overshoot: { step: number; loss: number } | undefined;
  /** The mini-batch losses of about the last epoch, for the overshoot (see ./epoch-mean.ts). */
  readonly epoch: EpochMean;
}

/** A training loss this many times its start means the run is diverging. */
export const DIVERGING_FACTOR = 2;

/** The loss series is halved (neighbours averaged) when it grows past this. */
export const MAX_LOSS_POINTS = 4000;

export function startRun(ready: Ready): RunState {
  return {
    ready,
    steps: 0,
    running: false,
    diverged: undefined,
    losses: [],
    train: [],
    test: [],
    latest: undefined,
    startLoss: undefined,
    overshoot: undefined,
    epoch: epochMean(ready.trainSize, ready.batchSize ?? 1),
  };
}

/**
 * The loss at step 0 and the highest it reached past DIVERGING_FACTOR times that start, with its
 * step: steps that overshoot. With the stable softmax of the book's loss the numbers stay finite
 * for any learning rate the trainer accepts, so this, not ∞, is how a too-high rate shows. Once
 * seen, it stays for the rest of the run (until a fresh network).
 */
export function diverging(state: RunState): { from: number; to: number; step: number } | undefined {
  const from = state.startLoss;
  const peak = state.overshoot;
  return from === undefined || !peak ? undefined : { from, to: peak.loss, step: peak.step };
}

/**
 * Notes a training loss (a whole-set evaluation's, or the mean of the last epoch's mini-batch
 * losses) when it passes DIVERGING_FACTOR times the start.
 */
function noteOvershoot(state: RunState, step: number, loss: number): void {
  const from = state.startLoss;
  if (from === undefined || step === 0 || !(loss > DIVERGING_FACTOR * from)) return;
  if (!state.overshoot || loss > state.overshoot.loss) state.overshoot = { step, loss };
}

/** Pairs of neighbours averaged, each at the later step (an odd last point kept). */
export function halve(points: readonly CurvePoint[]): CurvePoint[] {
  const out: CurvePoint[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    out.push({ step: points[i + 1]!.step, value: (points[i]!.value + points[i + 1]!.value) / 2 });
  }
  if (points.length % 2 === 1) out.push(points[points.length - 1]!);
  return out;
}

/** Folds one summary into the state (in place: the arrays only grow between resets). */
export function applyUpdate(state: RunState, u: Update): void {
  const first = u.steps - u.losses.length + 1;
  u.losses.forEach((value, i) => {
    state.losses.push({ step: first + i, value });
    const mean = addLoss(state.epoch, value);
    if (mean !== undefined) noteOvershoot(state, first + i, mean);
  });
  if (state.losses.length > MAX_LOSS_POINTS) state.losses = halve(state.losses);
  state.steps = u.steps;
  state.running = u.running;
  state.diverged = u.diverged;
  if (u.evaluation) {
    if (u.evaluation.step === 0) state.startLoss = u.evaluation.trainLoss;
    noteOvershoot(state, u.evaluation.step, u.evaluation.trainLoss);
    const last = state.train.at(-1);
    // A pause right after a summary repeats the same step: keep one point per step.
    if (last?.step === u.evaluation.step) {
      state.train.pop();
      state.test.pop();
    }
    state.train.push({ step: u.evaluation.step, value: u.evaluation.trainAccuracy });
    state.test.push({ step: u.evaluation.step, value: u.evaluation.testAccuracy });
    if (state.train.length > MAX_LOSS_POINTS / 2) {
      state.train = halve(state.train);
      state.test = halve(state.test);
    }
    state.latest = u;
  }
}
