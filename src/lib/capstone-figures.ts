/**
 * Build time: the SVG of chapter 7's figures from the cached training runs (capstone-run.ts),
 * drawn by the same pure renderers the live trainer redraws with.
 */
import {
  accuracyCurvesSvg,
  lossCurveSvg,
  type ChartSize,
  type CurvePoint,
} from '../render/capstone/curves';
import { regionsSvg } from '../render/capstone/regions';
import { capstoneRun, type RunSeries } from './capstone-run';

/** A run's loss per step, from step 1 (NaN once diverged: the chart leaves a gap). */
export const lossPoints = (r: RunSeries): CurvePoint[] =>
  r.losses.map((value, i) => ({ step: i + 1, value }));

/** The loss chart, then the train and test accuracy chart, of one run (at `size`, if given). */
export function curvesOf(r: RunSeries, size?: ChartSize): string {
  const at = (key: 'trainAccuracy' | 'testAccuracy') =>
    r.evaluations.map((e) => ({ step: e.step, value: e[key] }));
  return (
    lossCurveSvg(lossPoints(r), size) +
    accuracyCurvesSvg(at('trainAccuracy'), at('testAccuracy'), size)
  );
}

/**
 * The default spiral run's curves and decision regions: a chapter figure, and the trainer's
 * first state (part C1), whose charts are drawn at its own `size`.
 */
export function spiralFigures(size?: ChartSize): { curves: string; regions: string } {
  const { spiral } = capstoneRun();
  return { curves: curvesOf(spiral, size), regions: regionsSvg(spiral.regions, spiral.points, 3) };
}
