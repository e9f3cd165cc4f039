/**
 * Chapter 4, find the bug: a MulLayer with one gradient not swapped (a planted bug from
 * core/net/planted-bugs.ts). The check of the layer alone flags the input whose gradient is wrong.
 * The problem holds only its numbers; the check runs when shown (`mulLayerBugCheck`), so making
 * a problem stays cheap.
 */
import type { GradientCheckReport } from '../gradient-check';
import { MulLayerUnswapped, type LayerBug } from '../net/planted-bugs';
import { picker, type Picker } from './pick';
import { checkMulLayer } from './layer-check';
import { drawUntil, nonZeroInt } from './draw';

export type MulLayerBug = Extract<LayerBug, 'mul-dx-unswapped' | 'mul-dy-unswapped'>;

export interface MulLayerBugProblem {
  readonly bug: MulLayerBug;
  readonly x: number;
  readonly y: number;
  readonly dout: number;
}

/** A fresh layer with `bug` planted. */
export function plantedMulLayer(bug: MulLayerBug): MulLayerUnswapped {
  return new MulLayerUnswapped(bug === 'mul-dx-unswapped' ? 'dx' : 'dy');
}

function draw(pick: Picker): MulLayerBugProblem {
  const bug = pick.one(['mul-dx-unswapped', 'mul-dy-unswapped'] as const);
  const x = nonZeroInt(pick, -9, 9);
  const y = nonZeroInt(pick, -9, 9);
  const dout = nonZeroInt(pick, -3, 3);
  return { bug, x, y, dout };
}

/**
 * x ≠ y always: with x = y the swap changes nothing, and the check could not see the bug. With
 * distinct whole x and y the wrong gradient is off by |x − y| / (|x| + |y|) ≥ 1/18, far above the
 * check's threshold (the unit tests run the check on every seed).
 */
export function mulLayerBug(seed: number): MulLayerBugProblem {
  return drawUntil(picker(seed), draw, (p) => p.x !== p.y);
}

/** The gradient check of the planted layer at the problem's numbers. */
export function mulLayerBugCheck(p: MulLayerBugProblem): GradientCheckReport {
  return checkMulLayer(() => plantedMulLayer(p.bug), p.x, p.y, p.dout);
}
