/**
 * Chapter 1: a central difference by hand, (f(w + h) − f(w − h)) / 2h for f(w) = a·w³, with a
 * step h large enough that the estimate visibly differs from the exact derivative 3aw² (by a·h²):
 * the reader must compute the difference, not the calculus answer.
 */
import { numericalDerivative } from '../numerical-gradient';
import { picker, tidy } from './pick';

export interface CentralDifferenceProblem {
  readonly a: number;
  readonly w: number;
  readonly h: number;
  readonly up: number;
  readonly down: number;
  readonly estimate: number;
  /** Likely mistakes: the calculus answer, the one-sided difference, forgetting the 2. */
  readonly exact: number;
  readonly forward: number;
  readonly noTwo: number;
}

export function centralDifference(seed: number): CentralDifferenceProblem {
  const pick = picker(seed);
  const a = pick.int(2, 3);
  const w = pick.one([-3, -2, -1, 1, 2, 3]);
  const h = pick.one([0.5, 1]);
  const f = (x: number): number => a * x ** 3;
  const up = tidy(f(w + h));
  const down = tidy(f(w - h));
  return {
    a,
    w,
    h,
    up,
    down,
    estimate: tidy(numericalDerivative(f, w, h)),
    exact: 3 * a * w * w,
    forward: tidy((f(w + h) - f(w)) / h),
    noTwo: tidy((f(w + h) - f(w - h)) / h),
  };
}
