/**
 * The markup of the markers that show the reader's current input on a plot. The build renders
 * it into the static SVG; the browser writes the same markup on each edit (a few hundred bytes
 * of code instead of the plotting library).
 */
import { markerAt, type PlotFrame } from './plot-frame';

/** A point in data coordinates. */
export interface DataPoint {
  readonly x: number;
  readonly y: number;
}

/** One `<circle>` per point; a point outside the frame is pinned to its edge and drawn hollow. */
export function markerCircles(frame: PlotFrame, points: readonly DataPoint[]): string {
  return points
    .map((p) => {
      const { cx, cy, inside } = markerAt(frame, p.x, p.y);
      const cls = inside ? 'bp-plot-marker' : 'bp-plot-marker is-clamped';
      return `<circle class="${cls}" cx="${cx}" cy="${cy}" r="5.5"></circle>`;
    })
    .join('');
}

/** The markers' group, appended last so the markers sit on top of the curve. */
export function markerGroup(frame: PlotFrame, points: readonly DataPoint[]): string {
  return `<g class="bp-plot-markers" aria-hidden="true">${markerCircles(frame, points)}</g>`;
}
