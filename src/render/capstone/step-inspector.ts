/**
 * "Look inside one step": one training step's gradients of W1, b1, W2, b2 and how far each
 * parameter moved, as heatmaps (a diverging scale, few elements: one `<path>` per shade) with a
 * summary table, and every number as tables for the reader who asks (or cannot see colour).
 * Pure: plain arrays in, markup out; the live trainer calls it in the browser.
 */
import { exactNumber, formatNumber } from '../../core/format-number';
import { PARAM_NAMES } from '../../core/random-network';
import { t } from '../../messages';
import { escapeHtml } from '../html/escape';
import { gridShape } from '../kit/shape';

export type ParamName = (typeof PARAM_NAMES)[number];
/** A matrix as rows of numbers (what a worker posts). */
export type PlainMatrix = readonly (readonly number[])[];
export type PlainParams = Readonly<Record<ParamName, PlainMatrix>>;

/** One step, as the trainer's worker reports it. */
export interface InspectedStep {
  readonly step: number;
  readonly batchSize: number;
  readonly grads: PlainParams;
  /** Parameters after the step minus before. */
  readonly moved: PlainParams;
}

/** Shades each side of zero: level ±1…±LEVELS by |v| / max. */
export const LEVELS = 3;
/** A heatmap cell's size in SVG units: large for small matrices, at least 4. */
const cellSize = (rows: number, cols: number): number =>
  Math.max(4, Math.min(16, Math.floor(Math.min(480 / cols, 256 / rows))));

/** The largest |entry| and where it is (row, column from 0); 0 when every entry is 0. */
export function largest(m: PlainMatrix): { value: number; row: number; col: number } {
  let best = { value: 0, row: 0, col: 0 };
  m.forEach((r, i) =>
    r.forEach((v, j) => {
      if (Math.abs(v) > best.value) best = { value: Math.abs(v), row: i, col: j };
    }),
  );
  return best;
}

/** The shade of `v` on a scale whose strongest shade is at ±max: −LEVELS…LEVELS, 0 for zero. */
export function level(v: number, max: number): number {
  if (v === 0 || !(max > 0) || !Number.isFinite(v)) return 0;
  const k = Math.min(LEVELS, Math.max(1, Math.ceil((Math.abs(v) / max) * LEVELS)));
  return v < 0 ? -k : k;
}

const levelName = (k: number): string => (k < 0 ? `n${-k}` : `p${k}`);
const shapeOf = (m: PlainMatrix): string => gridShape(m);

/** One matrix as a heatmap: a path per shade, a frame, and an accessible name with its peak. */
export function heatmapSvg(m: PlainMatrix, what: string): string {
  const rows = m.length;
  const cols = m[0]?.length ?? 0;
  const s = cellSize(rows, cols);
  const peak = largest(m);
  const paths = new Map<number, string>();
  m.forEach((r, i) =>
    r.forEach((v, j) => {
      const k = level(v, peak.value);
      if (k !== 0) paths.set(k, `${paths.get(k) ?? ''}M${j * s} ${i * s}h${s}v${s}h${-s}z`);
    }),
  );
  const label =
    peak.value === 0
      ? t('trainer.heatmapZero', { what, shape: shapeOf(m) })
      : t('trainer.heatmapLabel', {
          what,
          shape: shapeOf(m),
          largest: formatNumber(peak.value),
          row: String(peak.row + 1),
          col: String(peak.col + 1),
        });
  const shades = [...paths.entries()]
    .sort(([a], [b]) => a - b)
    .map(([k, d]) => `<path class="bp-heat-${levelName(k)}" d="${d}"></path>`)
    .join('');
  const w = cols * s;
  const h = rows * s;
  return (
    `<svg class="bp-heatmap" viewBox="-1 -1 ${w + 2} ${h + 2}" width="${w + 2}" height="${h + 2}" role="img" aria-label="${escapeHtml(label)}">` +
    `<g aria-hidden="true"><rect class="bp-heat-frame" x="0" y="0" width="${w}" height="${h}"></rect>${shades}</g></svg>`
  );
}

/** A rounded number, its exact digits on hover (plain text: a table of them stays light). */
const num = (v: number): string =>
  `<span title="${escapeHtml(exactNumber(v))}">${escapeHtml(formatNumber(v))}</span>`;

const norm = (m: PlainMatrix): number => Math.sqrt(m.flat().reduce((sum, v) => sum + v * v, 0));

/** The summary: per parameter its shape, largest |gradient|, largest |move| and the move's length. */
function summaryTable(s: InspectedStep): string {
  const head = [
    'summaryParam',
    'summaryShape',
    'summaryGrad',
    'summaryMoved',
    'summaryNorm',
  ] as const;
  const rows = PARAM_NAMES.map(
    (name) =>
      `<tr><th scope="row">${name}</th><td>${escapeHtml(shapeOf(s.grads[name]))}</td>` +
      `<td>${num(largest(s.grads[name]).value)}</td>` +
      `<td>${num(largest(s.moved[name]).value)}</td>` +
      `<td>${num(norm(s.moved[name]))}</td></tr>`,
  ).join('');
  const caption = escapeHtml(t('trainer.summaryCaption'));
  return (
    `<div class="bp-columns-scroll" tabindex="0" role="region" aria-label="${caption}">` +
    `<table class="bp-result bp-inspector-summary"><caption>${caption}</caption>` +
    `<thead><tr>${head.map((k) => `<th scope="col">${escapeHtml(t(`trainer.${k}`))}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows}</tbody></table></div>`
  );
}

/** The summary table and, per parameter, the gradient's and the move's heatmaps side by side. */
export function stepInspectorHtml(s: InspectedStep): string {
  const caption = t('trainer.inspectorCaption', {
    step: String(s.step),
    batch: s.batchSize,
  });
  const maps = PARAM_NAMES.map((name) => {
    const grad = t('trainer.gradientOf', { name });
    const moved = t('trainer.movedOf', { name });
    return (
      `<div class="bp-inspector-param">` +
      `<figure><figcaption>${escapeHtml(grad)}</figcaption>${heatmapSvg(s.grads[name], grad)}</figure>` +
      `<figure><figcaption>${escapeHtml(moved)}</figcaption>${heatmapSvg(s.moved[name], moved)}</figure>` +
      `</div>`
    );
  }).join('');
  return (
    `<p class="bp-inspector-caption">${escapeHtml(caption)}</p>` +
    summaryTable(s) +
    `<p class="bp-inspector-scale">${escapeHtml(t('trainer.heatmapScale'))}</p>` +
    `<div class="bp-inspector-maps">${maps}</div>`
  );
}

/** Every entry of one matrix as a table, rows and columns numbered from 1. */
function matrixNumbers(m: PlainMatrix, what: string): string {
  const cols = m[0]?.length ?? 0;
  const head = Array.from(
    { length: cols },
    (_, j) => `<th scope="col">${escapeHtml(t('trainer.col', { n: j + 1 }))}</th>`,
  ).join('');
  const body = m
    .map(
      (r, i) =>
        `<tr><th scope="row">${escapeHtml(t('trainer.row', { n: i + 1 }))}</th>` +
        r.map((v) => `<td>${escapeHtml(formatNumber(v))}</td>`).join('') +
        `</tr>`,
    )
    .join('');
  return (
    `<div class="bp-columns-scroll" tabindex="0" role="region" aria-label="${escapeHtml(what)}">` +
    `<table class="bp-result bp-inspector-numbers"><caption>${escapeHtml(t('trainer.tableCaption', { what, shape: shapeOf(m) }))}</caption>` +
    `<thead><tr><td></td>${head}</tr></thead><tbody>${body}</tbody></table></div>`
  );
}

/** The heatmaps' numbers: each gradient and each move as a full table. */
export function stepTablesHtml(s: InspectedStep): string {
  return PARAM_NAMES.map(
    (name) =>
      matrixNumbers(s.grads[name], t('trainer.gradientOf', { name })) +
      matrixNumbers(s.moved[name], t('trainer.movedOf', { name })),
  ).join('');
}
