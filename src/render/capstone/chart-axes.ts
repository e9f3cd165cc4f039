/**
 * The frame of the chapter 7 charts, drawn as plain SVG strings (no plotting library), so the
 * same functions render the build-time figures and redraw the live trainer's in the browser.
 * Data → pixels through the plots' own linear scales (`plot-frame.ts`).
 */
import { scaleX, scaleY, type PlotFrame } from '../plots/plot-frame';
import { escapeHtml } from '../html/escape';

/** Two decimals: sub-pixel enough, and stable in snapshots. */
export const px = (v: number): number => Math.round(v * 100) / 100;

/** About `count` round tick values within [a, b] (1, 2, 2.5 or 5 times a power of ten apart). */
export function ticks(a: number, b: number, count: number): number[] {
  const span = b - a;
  if (!(span > 0) || !Number.isFinite(span)) return [a];
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const out: number[] = [];
  for (let k = Math.ceil(a / step); k * step <= b + step * 1e-9; k++)
    out.push(px(k * step * 1e6) / 1e6);
  return out;
}

/** A tick's text: whole numbers with separators, others with up to 3 significant digits. */
export function tickText(v: number): string {
  if (Number.isInteger(v)) return Math.abs(v) >= 10000 ? v.toLocaleString('en-US') : `${v}`;
  return `${Number(v.toPrecision(3))}`;
}

/**
 * A value tick's text, short enough for the chart's left margin: from 10 000 up in the book's
 * e-notation (2.5e5), not 250,000, which the margin cut to "50,000".
 */
export function valueTickText(v: number): string {
  if (Math.abs(v) < 10000) return tickText(v);
  const [mantissa = '', exponent = ''] = v.toExponential().split('e');
  return `${Number(Number(mantissa).toPrecision(3))}e${Number(exponent)}`;
}

/**
 * Grid lines (one path), tick labels and the two axis titles. Text is aria-hidden: the chart's
 * SVG is one image whose accessible name states what it shows.
 */
export function axesSvg(
  frame: PlotFrame,
  xLabel: string,
  yLabel: string,
  yFormat: (v: number) => string = valueTickText,
): string {
  const [x0, x1] = frame.xDomain;
  const [y0, y1] = frame.yDomain;
  const left = frame.marginLeft;
  const right = frame.width - frame.marginRight;
  const top = frame.marginTop;
  const bottom = frame.height - frame.marginBottom;
  // x is a count of training steps: no tick between two steps (a fresh run's axis is 0…1).
  const xs = ticks(x0, x1, 5).filter((x) => Number.isInteger(x));
  const ys = ticks(y0, y1, 4);
  const grid = ys.map((y) => `M${left} ${px(scaleY(frame, y))}H${right}`).join('');
  const text = (x: number, y: number, anchor: string, s: string): string =>
    `<text x="${px(x)}" y="${px(y)}" text-anchor="${anchor}">${escapeHtml(s)}</text>`;
  return (
    `<g class="bp-chart-axes" aria-hidden="true">` +
    `<path class="bp-chart-grid" d="${grid}"></path>` +
    `<path class="bp-chart-frame" d="M${left} ${top}V${bottom}H${right}"></path>` +
    ys.map((y) => text(left - 6, scaleY(frame, y) + 4, 'end', yFormat(y))).join('') +
    xs.map((x) => text(scaleX(frame, x), bottom + 16, 'middle', tickText(x))).join('') +
    text(right, frame.height - 4, 'end', `${xLabel} →`) +
    text(left - 6, top - 8, 'start', `↑ ${yLabel}`) +
    `</g>`
  );
}
