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
import { LEGEND_ROW, SERIES_STYLES, legendRows, legendSvg } from './chart-legend';

/** One value of a series at a training step. */
export interface CurvePoint {
  readonly step: number;
  readonly value: number;
}

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
  /** The chart's size in its own units (its text is 12 of them): default CHART_SIZE. */
  readonly size?: ChartSize;
}

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The chapter's figures, shown at most 25rem wide: the 12-unit type reads as 14 px on a wide
 * screen and still 10 px in a 320 px screen's 288 px column.
 */
export const CHART_SIZE: ChartSize = { width: 330, height: 210 };
/**
 * The live trainer's charts, which sit two to a row beside the regions (and in a 320 px screen's
 * narrow box): smaller units, so the type is still drawn at 10 px or more.
 */
export const COMPACT_CHART_SIZE: ChartSize = { width: 300, height: 190 };

const MARGIN_LEFT = 46;
const MARGIN_RIGHT = 16;

function frameFor(chart: LineChart): PlotFrame {
  const all = chart.series.flatMap((s) => s.points);
  const finite = all.filter((p) => Number.isFinite(p.value));
  const lastStep = all.reduce((m, p) => Math.max(m, p.step), 1);
  const top = finite.reduce((m, p) => Math.max(m, p.value), 0) || 1;
  const { width, height } = chart.size ?? CHART_SIZE;
  const names = chart.series.map((s) => s.name);
  const rows = legendRows(names, MARGIN_LEFT, width - MARGIN_RIGHT);
  return {
    width,
    height,
    marginTop: 44 + (rows - 1) * LEGEND_ROW,
    marginRight: MARGIN_RIGHT,
    marginBottom: 34,
    marginLeft: MARGIN_LEFT,
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

/** A chart of one to three series: axes, a legend with line samples, one path per series. */
export function lineChartSvg(chart: LineChart): string {
  const frame = frameFor(chart);
  const lines = chart.series
    .map(
      (s, i) =>
        `<path class="bp-chart-line bp-series-${SERIES_STYLES[i % 3]}" d="${seriesPath(frame, s.points)}"></path>`,
    )
    .join('');
  const names = chart.series.map((s) => s.name);
  return (
    `<svg class="bp-chart" viewBox="0 0 ${frame.width} ${frame.height}" role="img" aria-label="${escapeHtml(chart.label)}">` +
    axesSvg(frame, chart.xLabel, chart.yLabel, chart.yFormat) +
    legendSvg(names, MARGIN_LEFT, frame.width - MARGIN_RIGHT) +
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
export function lossCurveSvg(losses: readonly CurvePoint[], size?: ChartSize): string {
  const steps = `${losses.at(-1)?.step ?? 0}`;
  return lineChartSvg({
    ...(size ? { size } : {}),
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
  size?: ChartSize,
): string {
  const steps = `${Math.max(train.at(-1)?.step ?? 0, test.at(-1)?.step ?? 0)}`;
  return lineChartSvg({
    ...(size ? { size } : {}),
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
