/**
 * Build-time rendering of a small function plot to a static SVG string, with Observable Plot
 * running against a linkedom document. Never import this from browser code: it pulls in the
 * whole plotting library. The browser only moves markers (see `plot-frame.ts`).
 */
export type { DataPoint } from './plot-markers';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { PlotFrame } from './plot-frame';
import { markerGroup, type DataPoint } from './plot-markers';

/** An end point drawn on the curve, e.g. the closed and open dots of a step function. */
export interface CurveDot extends DataPoint {
  readonly open: boolean;
}

export interface FunctionPlotOptions {
  readonly frame: PlotFrame;
  /** Axis labels, e.g. "x" and "σ(x)". */
  readonly xLabel: string;
  readonly yLabel: string;
  /** The accessible name of the whole picture (the SVG is one image to assistive technology). */
  readonly label: string;
  /** The curve as one or more polylines (several for a jump). */
  readonly segments: readonly (readonly DataPoint[])[];
  readonly dots?: readonly CurveDot[];
  /** Where the reader's current input sits on the curve; moved later in the browser. */
  readonly markers: readonly DataPoint[];
}

/** The SVG markup of the plot, including `role="group"` on every labelled `<g>` (axe). */
export function renderFunctionPlot(options: FunctionPlotOptions): string {
  const { frame } = options;
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const curve = 'var(--bp-plot-curve, currentColor)';
  const marks: Plot.Markish[] = [
    Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.5 }),
    Plot.ruleX([0], { stroke: 'currentColor', strokeOpacity: 0.5 }),
    ...options.segments.map((points) =>
      Plot.line(points, { x: 'x', y: 'y', stroke: curve, strokeWidth: 2.5 }),
    ),
  ];
  const dots = options.dots ?? [];
  if (dots.length > 0) {
    marks.push(
      Plot.dot(dots, {
        x: 'x',
        y: 'y',
        r: 3.5,
        stroke: curve,
        strokeWidth: 2,
        fill: (d: CurveDot) => (d.open ? 'var(--bp-bg, white)' : curve),
      }),
    );
  }
  const svg = Plot.plot({
    document: document as unknown as Document,
    className: 'bp-plot-svg',
    width: frame.width,
    height: frame.height,
    marginTop: frame.marginTop,
    marginRight: frame.marginRight,
    marginBottom: frame.marginBottom,
    marginLeft: frame.marginLeft,
    style: { background: 'transparent', fontSize: '12px' },
    x: { domain: [...frame.xDomain], label: options.xLabel, labelAnchor: 'right', ticks: 5 },
    y: { domain: [...frame.yDomain], label: options.yLabel, grid: true, ticks: 4 },
    marks,
  }) as unknown as Element;

  for (const g of svg.querySelectorAll('g[aria-label]')) g.setAttribute('role', 'group');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', options.label);
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  svg.insertAdjacentHTML('beforeend', markerGroup(frame, options.markers));
  return svg.outerHTML;
}
