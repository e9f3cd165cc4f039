/**
 * A small bar chart of one row of softmax probabilities, as an SVG string.
 *
 * At build time the same chart is drawn by Observable Plot (`probability-bars-plot.ts`); this pure
 * function reproduces its geometry (a rounded band scale, a linear 0…1 axis) so that redrawing in the
 * browser costs a few hundred bytes instead of Plot's 84 kB. A unit test holds the two to the same
 * bar positions.
 */
import { escapeHtml } from '../html/escape';

/** Size and margins shared by both renderers. */
export const BARS = {
  width: 240,
  height: 120,
  marginTop: 16,
  marginRight: 16,
  marginBottom: 28,
  marginLeft: 36,
  /** Band padding, inner and outer, as Plot's bar default. */
  padding: 0.1,
} as const;

/** What one chart shows: a probability per class and, optionally, the true class. */
export interface ProbabilityRow {
  readonly probabilities: readonly number[];
  /** Index of the true class, marked with a tick "✓" and a different fill. */
  readonly trueClass?: number;
  /** Accessible name of the chart, e.g. "Row 1". */
  readonly title: string;
}

/** Bar value label: two decimals reads well at this size; the table beside gives full precision. */
export const barLabel = (p: number): string => (Number.isFinite(p) ? p.toFixed(2) : String(p));

/** Class tick label: the index, with a check mark on the true class (not colour alone). */
export const classLabel = (k: number, trueClass?: number): string =>
  k === trueClass ? `${k}✓` : String(k);

/** d3's rounded band scale (align 0.5, equal inner and outer padding), as Plot uses for bars. */
export function bandScale(n: number): { start: number; step: number; bandwidth: number } {
  const { width, marginLeft, marginRight, padding } = BARS;
  const lo = marginLeft;
  const hi = width - marginRight;
  const step = Math.floor((hi - lo) / Math.max(1, n - padding + padding * 2));
  const start = Math.round(lo + (hi - lo - step * (n - padding)) * 0.5);
  return { start, step, bandwidth: Math.round(step * (1 - padding)) };
}

/** Linear 0…1 → pixel row, interpolated as d3 does so the floats match Plot's. */
export function yScale(p: number): number {
  const y0 = BARS.height - BARS.marginBottom;
  const y1 = BARS.marginTop;
  return y0 * (1 - p) + y1 * p;
}

const esc = escapeHtml;

/** The chart as an SVG string (escaped; no scripts). Non-finite probabilities draw no bar. */
export function probabilityBarsSvg(row: ProbabilityRow): string {
  const { width, height, marginLeft, marginBottom } = BARS;
  const n = row.probabilities.length;
  const { start, step, bandwidth } = bandScale(n);
  const base = height - marginBottom;
  const half = bandwidth / 2;
  const xs = row.probabilities.map((_, k) => start + step * k);
  const yTicks = [0, 0.5, 1]
    .map(
      (t) =>
        `<text transform="translate(${marginLeft},${yScale(t)})" y="0.32em">${t.toFixed(1)}</text>`,
    )
    .join('');
  const yTickMarks = [0, 0.5, 1]
    .map((t) => `<path d="M0,0L-6,0" transform="translate(${marginLeft},${yScale(t)})"/>`)
    .join('');
  const xTickMarks = xs.map(
    (x) => `<path d="M0,0L0,6" transform="translate(${x + half},${base})"/>`,
  );
  const xTicks = xs.map(
    (x, k) =>
      `<text transform="translate(${x + half},${base + 9})" y="0.71em">${esc(classLabel(k, row.trueClass))}</text>`,
  );
  const bars = (isTrue: boolean): string =>
    row.probabilities
      .map((p, k) => ({ p, k }))
      .filter(({ p, k }) => Number.isFinite(p) && (k === row.trueClass) === isTrue)
      .map(({ p, k }) => {
        const y = yScale(p);
        return `<rect x="${xs[k]}" y="${Math.min(y, base)}" width="${bandwidth}" height="${Math.abs(base - y)}"/>`;
      })
      .join('');
  const labels = row.probabilities
    .map(
      (p, k) =>
        `<text transform="translate(${xs[k]! + half},${(Number.isFinite(p) ? yScale(p) : base) - 6})" y="0.32em">${esc(barLabel(p))}</text>`,
    )
    .join('');
  return (
    `<svg class="bp-bars" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `role="img" aria-label="${esc(row.title)}" text-anchor="middle" font-size="10" font-family="system-ui, sans-serif" fill="currentColor">` +
    `<g role="group" stroke="currentColor" fill="none" aria-hidden="true" aria-label="y-axis tick">${yTickMarks}</g>` +
    `<g role="group" transform="translate(-9,0)" font-variant="tabular-nums" text-anchor="end" aria-label="y-axis tick label">${yTicks}</g>` +
    `<g role="group" stroke="currentColor" fill="none" aria-hidden="true" aria-label="x-axis tick">${xTickMarks.join('')}</g>` +
    `<g role="group" aria-label="x-axis tick label">${xTicks.join('')}</g>` +
    `<g role="group" class="bp-bar" aria-label="bar">${bars(false)}</g>` +
    `<g role="group" class="bp-bar-true" aria-label="bar">${bars(true)}</g>` +
    `<g role="group" stroke="currentColor" aria-label="rule"><line x1="${marginLeft}" x2="${width - BARS.marginRight}" y1="${base}" y2="${base}"/></g>` +
    `<g role="group" aria-label="text">${labels}</g>` +
    `</svg>`
  );
}
