/**
 * Chapter 5, find the bug: a Sigmoid whose backward has one wrong line (planted in
 * core/net/planted-bugs.ts): x where y belongs, or the factor y dropped. The layer's own gradient
 * check, on a row of three inputs, shows backprop and central differences apart. The problem holds
 * only its numbers; the check runs when shown (`sigmoidBugCheck`), so making a problem stays cheap.
 */
import type { GradientCheckReport } from '../gradient-check';
import { Matrix } from '../matrix';
import { SigmoidForgotY, SigmoidUsesInput, type LayerBug } from '../net/planted-bugs';
import { picker, type Picker } from './pick';
import { CHECK_THRESHOLD } from '../net/network-check';
import { relativeError } from '../relative-error';
import { Sigmoid } from '../sigmoid';
import { checkSigmoidLayer } from './layer-check';
import { drawUntil, nonZeroInt, oneDecimal } from './draw';

export type SigmoidBug = Extract<LayerBug, 'sigmoid-uses-x' | 'sigmoid-forgot-y'>;

export interface SigmoidBugProblem {
  readonly bug: SigmoidBug;
  readonly x: readonly number[];
  readonly dout: readonly number[];
}

/** A fresh sigmoid layer with `bug` planted. */
export function plantedSigmoid(bug: SigmoidBug): Sigmoid {
  return bug === 'sigmoid-uses-x' ? new SigmoidUsesInput() : new SigmoidForgotY();
}

function draw(pick: Picker): SigmoidBugProblem {
  const bug = pick.one(['sigmoid-uses-x', 'sigmoid-forgot-y'] as const);
  const x = Array.from({ length: 3 }, () => oneDecimal(pick, -3, 3));
  const dout = Array.from({ length: 3 }, () => nonZeroInt(pick, -3, 3));
  return { bug, x, dout };
}

/** backward's dx by the planted layer and by the book's Sigmoid, at the problem's numbers. */
function gradients(p: SigmoidBugProblem): [planted: Matrix, right: Matrix] {
  const [x, dout] = [Matrix.row(p.x), Matrix.row(p.dout)];
  return [plantedSigmoid(p.bug), new Sigmoid()].map((layer) => {
    layer.forward(x);
    return layer.backward(dout);
  }) as [Matrix, Matrix];
}

/**
 * Only problems where the planted line changes dx clearly (ten times the check's threshold), so
 * the check is sure to see it; the unit tests run the check itself on every seed.
 */
export function sigmoidBug(seed: number): SigmoidBugProblem {
  return drawUntil(
    picker(seed),
    draw,
    (p) => relativeError(...gradients(p)) > 10 * CHECK_THRESHOLD,
  );
}

/** The gradient check of the planted layer at the problem's numbers. */
export function sigmoidBugCheck(p: SigmoidBugProblem): GradientCheckReport {
  return checkSigmoidLayer(() => plantedSigmoid(p.bug), Matrix.row(p.x), Matrix.row(p.dout));
}
