/**
 * Chapter 4, find the bug: a MulLayer with one gradient not swapped (a planted bug from
 * core/net/planted-bugs.ts). The check of the layer alone flags the input whose gradient is wrong.
 */
import type { GradientCheckReport } from '../gradient-check';
import { MulLayerUnswapped, type LayerBug } from '../net/planted-bugs';
import { mulberry32 } from '../random';
import { checkFails, checkMulLayer } from './layer-check';
import { drawUntil, nonZeroInt, pick } from './draw';

export type MulLayerBug = Extract<LayerBug, 'mul-dx-unswapped' | 'mul-dy-unswapped'>;

export interface MulLayerBugProblem {
  readonly bug: MulLayerBug;
  readonly x: number;
  readonly y: number;
  readonly dout: number;
  readonly check: GradientCheckReport;
}

/** A fresh layer with `bug` planted. */
export function plantedMulLayer(bug: MulLayerBug): MulLayerUnswapped {
  return new MulLayerUnswapped(bug === 'mul-dx-unswapped' ? 'dx' : 'dy');
}

function draw(random: () => number): MulLayerBugProblem {
  const bug = pick(random, ['mul-dx-unswapped', 'mul-dy-unswapped'] as const);
  const x = nonZeroInt(random, -9, 9);
  const y = nonZeroInt(random, -9, 9);
  const dout = nonZeroInt(random, -3, 3);
  return { bug, x, y, dout, check: checkMulLayer(() => plantedMulLayer(bug), x, y, dout) };
}

/** x ≠ y always: with x = y the swap changes nothing, and the check could not see the bug. */
export function mulLayerBugProblem(seed: number): MulLayerBugProblem {
  return drawUntil(mulberry32(seed), draw, (p) => p.x !== p.y && checkFails(p.check));
}
