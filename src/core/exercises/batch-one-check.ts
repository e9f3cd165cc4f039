/**
 * Exercise (chapter 7, predict then run): with a batch of one example, does the whole-network
 * check still catch a planted bug? The outcome follows from the bug (a transpose changes shapes
 * at any N; a forgotten mask spoils W₁ and b₁ at any N; a missing 1/N is a factor of 1 at N = 1);
 * the check, run when the reader asks, shows it, and a unit test holds the two together.
 */
import { CHECK_SETUP, type CheckSetup } from '../net/network-check';
import { PLANTED_BUGS, type PlantedBug } from '../net/planted-bugs';
import { seededDraw } from './seeded-draw';

/** What the check does: stops on a shape error, finds disagreeing numbers, or passes. */
export const BATCH_ONE_OUTCOMES = ['shape', 'numbers', 'passes'] as const;
export type BatchOneOutcome = (typeof BATCH_ONE_OUTCOMES)[number];

export interface BatchOneProblem {
  readonly bug: PlantedBug;
  /** The chapter's check setup (its network and weights) with a batch of 1. */
  readonly setup: CheckSetup;
  readonly outcome: BatchOneOutcome;
}

const OUTCOME: Record<PlantedBug, BatchOneOutcome> = {
  'affine-transpose': 'shape',
  'relu-no-mask': 'numbers',
  'softmax-no-mean': 'passes',
};

export function batchOneCheck(seed: number): BatchOneProblem {
  const draw = seededDraw(seed);
  const bug = draw.pick(PLANTED_BUGS);
  return { bug, setup: { ...CHECK_SETUP, batch: 1 }, outcome: OUTCOME[bug] };
}
