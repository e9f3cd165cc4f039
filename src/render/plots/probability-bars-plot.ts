/**
 * The probability chart drawn by Observable Plot, for the build: Plot renders into a linkedom
 * document, and the SVG goes into the static page. Never import this from browser code — the
 * browser redraws with the byte-sized `probabilityBarsSvg`, which reproduces this geometry.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { BARS, barLabel, classLabel, type ProbabilityRow } from './probability-bars';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** The chart as an SVG string, with `role="group"` on Plot's labelled groups (axe needs a role). */
export function probabilityBarsPlot(row: ProbabilityRow): string {
  const data = row.probabilities.map((p, k) => ({ k, p, isTrue: k === row.trueClass }));
  const finite = data.filter((d) => Number.isFinite(d.p));
  const svg = Plot.plot({
    document: document as unknown as Document,
    width: BARS.width,
    height: BARS.height,
    marginTop: BARS.marginTop,
    marginRight: BARS.marginRight,
    marginBottom: BARS.marginBottom,
    marginLeft: BARS.marginLeft,
    style: { background: 'transparent' },
    x: {
      type: 'band',
      domain: data.map((d) => d.k),
      padding: BARS.padding,
      align: 0.5,
      round: true,
      label: null,
      tickFormat: (k: number) => classLabel(k, row.trueClass),
    },
    y: { domain: [0, 1], ticks: [0, 0.5, 1], tickFormat: '.1f', label: null },
    marks: [
      Plot.barY(
        finite.filter((d) => !d.isTrue),
        { x: 'k', y: 'p', className: 'bp-bar' },
      ),
      Plot.barY(
        finite.filter((d) => d.isTrue),
        { x: 'k', y: 'p', className: 'bp-bar-true' },
      ),
      Plot.ruleY([0]),
      Plot.text(data, {
        x: 'k',
        y: (d: { p: number }) => (Number.isFinite(d.p) ? d.p : 0),
        text: (d: { p: number }) => barLabel(d.p),
        dy: -6,
      }),
    ],
  });
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', row.title);
  svg.classList.add('bp-bars');
  for (const g of svg.querySelectorAll('g[aria-label]')) g.setAttribute('role', 'group');
  // Plot's inline <style> sets a white background variable; the page's theme decides instead.
  svg.querySelector('style')?.remove();
  return svg.outerHTML;
}
