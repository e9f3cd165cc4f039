/**
 * Training curves as static SVG: loss per step, and train/test accuracy. Pure functions of plain
 * series (numbers in, markup out), so the build renders them from its cached run and the live
 * trainer redraws them in the browser with the same code. Series differ by dash pattern and by a
 * legend of their own, not by colour alone.
 */
import { scaleX, scaleY, type PlotFrame } from '../plots/plot-frame';
import { escapeHtml } from '../html/escape';
import { formatNumber } from '../../core/format-number';
import { t } from '../../messages';
import { axesSvg, px } from './chart-axes';

/** One value of a series at a training step. */
export interface CurvePoint {
  readonly step: number;
  readonly value: number;
}

/** Solid, dashed, dotted: the series' line style (and its legend sample). */
export const SERIES_STYLES = ['solid', 'dashed', 'dotted'] as const;

export interface CurveSeries {
  /** The legend's words, e.g. "Train accuracy". */
  readonly name: string;
  readonly points: readonly CurvePoint[];
}

export interface LineChart {
  readonly series: readonly CurveSeries[];
  readonly xLabel: string;
  readonly yLabel: string;
  /** The accessible name of the whole chart. */
  readonly label: string;
  /** Defaults: steps 0…last step, values 0…largest finite value. */
  readonly xDomain?: readonly [number, number];
  readonly yDomain?: readonly [number, number];
  readonly yFormat?: (v: number) => string;
}

const WIDTH = 480;
const HEIGHT = 240;

function frameFor(chart: LineChart): PlotFrame {
  const all = chart.series.flatMap((s) => s.points);
  const finite = all.filter((p) => Number.isFinite(p.value));
  const lastStep = all.reduce((m, p) => Math.max(m, p.step), 1);
  const top = finite.reduce((m, p) => Math.max(m, p.value), 0) || 1;
  return {
    width: WIDTH,
    height: HEIGHT,
    marginTop: 44,
    marginRight: 16,
    marginBottom: 34,
    marginLeft: 46,
    xDomain: chart.xDomain ?? [0, lastStep],
    yDomain: chart.yDomain ?? [0, top],
  };
}

/**
 * The polyline of a series as path data. A value that is not finite, or above the frame, ends
 * the line there (a diverged run leaves the chart rather than drawing ∞ on its edge).
 */
export function seriesPath(frame: PlotFrame, points: readonly CurvePoint[]): string {
  const [lo, hi] = frame.yDomain;
  let d = '';
  let pen = false;
  for (const p of points) {
    const inside = Number.isFinite(p.value) && p.value >= lo && p.value <= hi;
    if (!inside) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${px(scaleX(frame, p.step))} ${px(scaleY(frame, p.value))}`;
    pen = true;
  }
  return d;
}

function legend(series: readonly CurveSeries[]): string {
  let x = 46;
  return series
    .map((s, i) => {
      const key =
        `<g class="bp-chart-key bp-series-${SERIES_STYLES[i % 3]}" aria-hidden="true">` +
        `<path d="M${x} 14h28"></path>` +
        `<text x="${x + 34}" y="18">${escapeHtml(s.name)}</text></g>`;
      // About 7 px per character at the charts' 12 px type, then a gap.
      x += 34 + 7 * s.name.length + 18;
      return key;
    })
    .join('');
}

/** A chart of one to three series: axes, a legend with line samples, one path per series. */
export function lineChartSvg(chart: LineChart): string {
  const frame = frameFor(chart);
  const lines = chart.series
    .map(
      (s, i) =>
        `<path class="bp-chart-line bp-series-${SERIES_STYLES[i % 3]}" d="${seriesPath(frame, s.points)}"></path>`,
    )
    .join('');
  return (
    `<svg class="bp-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(chart.label)}">` +
    axesSvg(frame, chart.xLabel, chart.yLabel, chart.yFormat) +
    legend(chart.series) +
    `<g aria-hidden="true">${lines}</g></svg>`
  );
}

/** At most `max` points: the mean of each run of consecutive points (a smoother, shorter line). */
export function bucketMeans(points: readonly CurvePoint[], max = 200): CurvePoint[] {
  if (points.length <= max) return [...points];
  const size = Math.ceil(points.length / max);
  const out: CurvePoint[] = [];
  for (let i = 0; i < points.length; i += size) {
    const run = points.slice(i, i + size);
    const mean = run.reduce((s, p) => s + p.value, 0) / run.length;
    out.push({ step: run[run.length - 1]!.step, value: mean });
  }
  return out;
}

const lastValue = (points: readonly CurvePoint[]): number => points.at(-1)?.value ?? Number.NaN;
const percent = (v: number): string =>
  Number.isFinite(v)
    ? t('network.percent', { value: `${Math.round(v * 1000) / 10}` })
    : t('network.diverged');
const shown = (v: number): string => (Number.isFinite(v) ? formatNumber(v) : t('network.diverged'));

/** The mini-batch loss per step (averaged over buckets when long), from step 1. */
export function lossCurveSvg(losses: readonly CurvePoint[]): string {
  const steps = `${losses.at(-1)?.step ?? 0}`;
  return lineChartSvg({
    series: [{ name: t('network.trainLoss'), points: bucketMeans(losses) }],
    xLabel: t('network.step'),
    yLabel: t('network.loss'),
    label: t('network.lossLabel', {
      steps,
      first: shown(losses[0]?.value ?? Number.NaN),
      last: shown(lastValue(losses)),
    }),
  });
}

/** Train and test accuracy (0…1) at each evaluation, on a 0–100 % axis. */
export function accuracyCurvesSvg(
  train: readonly CurvePoint[],
  test: readonly CurvePoint[],
): string {
  const steps = `${Math.max(train.at(-1)?.step ?? 0, test.at(-1)?.step ?? 0)}`;
  return lineChartSvg({
    series: [
      { name: t('network.trainAccuracy'), points: train },
      { name: t('network.testAccuracy'), points: test },
    ],
    xLabel: t('network.step'),
    yLabel: t('network.accuracy'),
    yDomain: [0, 1],
    yFormat: (v) => `${Math.round(v * 100)} %`,
    label: t('network.accuracyLabel', {
      steps,
      train: percent(lastValue(train)),
      test: percent(lastValue(test)),
    }),
  });
}

/**
 * Several runs' losses on one chart (e.g. three learning rates), each named. Values above
 * `yDomain` are cut off the drawing; the chart's name says where each run starts and ends, or
 * the step at which its loss stopped being a number (diverged).
 */
export function lossComparisonSvg(
  runs: readonly CurveSeries[],
  yDomain?: readonly [number, number],
): string {
  const series = runs.map((r) => ({ name: r.name, points: bucketMeans(r.points) }));
  const ends = runs.map((r) => {
    const out = r.points.find((p) => !Number.isFinite(p.value));
    return out
      ? t('network.seriesDiverged', { name: r.name, step: `${out.step}` })
      : t('network.seriesEnd', {
          name: r.name,
          first: shown(r.points[0]?.value ?? Number.NaN),
          last: shown(lastValue(r.points)),
        });
  });
  const steps = `${Math.max(0, ...runs.map((r) => r.points.at(-1)?.step ?? 0))}`;
  return lineChartSvg({
    series,
    xLabel: t('network.step'),
    yLabel: t('network.loss'),
    ...(yDomain ? { yDomain } : {}),
    label: t('network.seriesLabel', { steps, series: ends.join('; ') }),
  });
}
