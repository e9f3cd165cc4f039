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

/**
 * The batch sizes on offer: N ≥ 2, so a missing 1/N shows; two, so that (N − 1)/(N + 1) is not
 * always the chapter's 0.5, and few, because each problem costs a whole check (≈ 50 ms).
 */
export const CHECK_BUG_BATCHES = [2, 4] as const;

/**
 * A bug (or none) and a batch size, on the chapter's network and weights: 8 problems in all,
 * so every one of them is tested against the real check.
 */
export function networkCheckBug(seed: number): NetworkCheckBugProblem {
  const draw = seededDraw(seed);
  const bug = draw.pick(CHECK_BUG_CHOICES);
  return { bug, setup: { ...CHECK_SETUP, batch: draw.pick(CHECK_BUG_BATCHES) } };
}

/** The gradient check this problem shows: the chapter's check, with its bug planted. */
export function runProblemCheck(p: NetworkCheckBugProblem): NetworkCheck {
  return checkOnce(p.setup, p.bug === 'none' ? undefined : (p.bug as PlantedBug));
}

/**
 * Checks already run, by setup and bug: a check takes ≈ 50 ms, and an exercise shows the same
 * one again whenever "New numbers" comes back to a problem (these exercises have few).
 */
const checks = new Map<string, NetworkCheck>();

/** The whole-network check of `setup` with `bug` planted, run once per setup and bug. */
export function checkOnce(setup: CheckSetup, bug: PlantedBug | undefined): NetworkCheck {
  const key = JSON.stringify([setup, bug ?? 'none']);
  const known = checks.get(key);
  if (known) return known;
  const { net, x, labels } = checkExample(setup);
  const check = checkNetwork(net, x, labels, bug);
  checks.set(key, check);
  return check;
}
