/**
 * Build time: the SVG of chapter 7's figures from the cached training runs (capstone-run.ts),
 * drawn by the same pure renderers the live trainer redraws with.
 */
import { accuracyCurvesSvg, lossCurveSvg, type CurvePoint } from '../render/capstone/curves';
import { regionsSvg } from '../render/capstone/regions';
import { capstoneRun, type RunSeries } from './capstone-run';

/** A run's loss per step, from step 1 (NaN once diverged: the chart leaves a gap). */
export const lossPoints = (r: RunSeries): CurvePoint[] =>
  r.losses.map((value, i) => ({ step: i + 1, value }));

/** The loss chart, then the train and test accuracy chart, of one run. */
export function curvesOf(r: RunSeries): string {
  const at = (key: 'trainAccuracy' | 'testAccuracy') =>
    r.evaluations.map((e) => ({ step: e.step, value: e[key] }));
  return lossCurveSvg(lossPoints(r)) + accuracyCurvesSvg(at('trainAccuracy'), at('testAccuracy'));
}

/** The default spiral run's curves and decision regions: the trainer's first state (part C1). */
export function spiralFigures(): { curves: string; regions: string } {
  const { spiral } = capstoneRun();
  return { curves: curvesOf(spiral), regions: regionsSvg(spiral.regions, spiral.points, 3) };
}
