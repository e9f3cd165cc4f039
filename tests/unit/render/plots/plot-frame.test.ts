import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { markerAt, scaleX, scaleY, type PlotFrame } from '../../../../src/render/plots/plot-frame';
import { ACTIVATION_PLOTS } from '../../../../src/render/plots/activation-plots';

/** Where Observable Plot itself puts a dot at (x, y) in this frame: the oracle for our scale. */
function plotsOwnDot(frame: PlotFrame, x: number, y: number): { cx: number; cy: number } {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({
    document: document as unknown as Document,
    ...frame,
    x: { domain: [...frame.xDomain] },
    y: { domain: [...frame.yDomain] },
    marks: [Plot.dot([{ x, y }], { x: 'x', y: 'y' })],
  }) as unknown as Element;
  const circle = svg.querySelector('g[aria-label="dot"] circle')!;
  return { cx: Number(circle.getAttribute('cx')), cy: Number(circle.getAttribute('cy')) };
}

describe('plot frame scales', () => {
  it.each(Object.values(ACTIVATION_PLOTS))('match Observable Plot’s own scales on $id', (plot) => {
    const { frame } = plot;
    const [x0, x1] = frame.xDomain;
    const [y0, y1] = frame.yDomain;
    for (const [x, y] of [
      [x0, y0],
      [x1, y1],
      [(x0 + x1) / 2, (y0 + y1) / 3],
      [x0 + 0.3 * (x1 - x0), y0 + 0.9 * (y1 - y0)],
    ] as const) {
      const oracle = plotsOwnDot(frame, x, y);
      expect(scaleX(frame, x)).toBeCloseTo(oracle.cx, 6);
      expect(scaleY(frame, y)).toBeCloseTo(oracle.cy, 6);
    }
  });

  it('pins a point outside the domain to the edge and says so', () => {
    const { frame } = ACTIVATION_PLOTS.sigmoid;
    const inside = markerAt(frame, 0, 0.5);
    expect(inside.inside).toBe(true);
    const far = markerAt(frame, 20, 1);
    expect(far.inside).toBe(false);
    expect(far.cx).toBe(frame.width - frame.marginRight);
    const low = markerAt(frame, -20, 0);
    expect(low.cx).toBe(frame.marginLeft);
  });
});
