/**
 * Exercise: which planted bug (if any) produced this whole-network gradient check (chapter 7)?
 * The problem is only the choice of bug, batch size and seed; the check itself (`checkNetwork`,
 * ≈ 50 ms) runs when the reader asks for it, or at build time.
 */
import {
  CHECK_SETUP,
  checkExample,
  checkNetwork,
  type CheckSetup,
  type NetworkCheck,
} from '../net/network-check';
import { PLANTED_BUGS, type PlantedBug } from '../net/planted-bugs';
import { seededDraw } from './seeded-draw';

/** The answers on offer: one of the planted bugs, or none. */
export const CHECK_BUG_CHOICES = ['none', ...PLANTED_BUGS] as const;
export type CheckBugChoice = (typeof CHECK_BUG_CHOICES)[number];

export interface NetworkCheckBugProblem {
  readonly bug: CheckBugChoice;
  /** The chapter's check setup with this problem's batch size and seed. */
  readonly setup: CheckSetup;
}

/** Batches of 2 to 5 (N ≥ 2, so a missing 1/N shows), and a handful of weight seeds. */
export function networkCheckBug(seed: number): NetworkCheckBugProblem {
  const draw = seededDraw(seed);
  const bug = draw.pick(CHECK_BUG_CHOICES);
  return { bug, setup: { ...CHECK_SETUP, batch: draw.int(2, 5), seed: draw.int(1, 99) } };
}

/** The gradient check this problem shows: the chapter's check, with its bug planted. */
export function runProblemCheck(p: NetworkCheckBugProblem): NetworkCheck {
  const { net, x, labels } = checkExample(p.setup);
  return checkNetwork(net, x, labels, p.bug === 'none' ? undefined : (p.bug as PlantedBug));
}
