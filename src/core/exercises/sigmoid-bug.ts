/**
 * Chapter 5, find the bug: a Sigmoid whose backward has one wrong line (planted in
 * core/net/planted-bugs.ts): x where y belongs, or the factor y dropped. The layer's own gradient
 * check, on a row of three inputs, shows backprop and central differences apart.
 */
import type { GradientCheckReport } from '../gradient-check';
import { Matrix } from '../matrix';
import { SigmoidForgotY, SigmoidUsesInput, type LayerBug } from '../net/planted-bugs';
import { picker, type Picker } from './pick';
import type { Sigmoid } from '../sigmoid';
import { checkFails, checkSigmoidLayer } from './layer-check';
import { drawUntil, nonZeroInt, oneDecimal } from './draw';

export type SigmoidBug = Extract<LayerBug, 'sigmoid-uses-x' | 'sigmoid-forgot-y'>;

export interface SigmoidBugProblem {
  readonly bug: SigmoidBug;
  readonly x: readonly number[];
  readonly dout: readonly number[];
  readonly check: GradientCheckReport;
}

/** A fresh sigmoid layer with `bug` planted. */
export function plantedSigmoid(bug: SigmoidBug): Sigmoid {
  return bug === 'sigmoid-uses-x' ? new SigmoidUsesInput() : new SigmoidForgotY();
}

function draw(pick: Picker): SigmoidBugProblem {
  const bug = pick.one(['sigmoid-uses-x', 'sigmoid-forgot-y'] as const);
  const x = Array.from({ length: 3 }, () => oneDecimal(pick, -3, 3));
  const dout = Array.from({ length: 3 }, () => nonZeroInt(pick, -3, 3));
  const check = checkSigmoidLayer(() => plantedSigmoid(bug), Matrix.row(x), Matrix.row(dout));
  return { bug, x, dout, check };
}

export function sigmoidBug(seed: number): SigmoidBugProblem {
  return drawUntil(picker(seed), draw, (p) => checkFails(p.check));
}
