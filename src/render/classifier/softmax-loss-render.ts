/**
 * The Softmax-with-Loss cell's outputs as HTML: a probability chart per row, the probabilities,
 * the loss (forward), dx (backward), its gradient check, and the naive softmax for comparison.
 */
import { escapeHtml } from '../html/escape';
import { t } from '../../messages';
import type { ProbabilityRow } from '../plots/probability-bars';
import { matrixTable, resultTable } from '../kit/result-tables';
import { gridShape } from '../kit/shape';
import type { SoftmaxLossResult } from './softmax-loss-result';
import { checkGroup } from './check-html';

const classHeads = (c: number): string[] =>
  Array.from({ length: c }, (_, k) => t('classifier.classHead', { k }));
const rowHeads = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => t('classifier.rowHead', { n: i + 1 }));

function charts(r: SoftmaxLossResult, bars: (row: ProbabilityRow) => string): string {
  return r.y
    .map((p, i) => {
      const k = r.classes[i]!;
      const title = t('classifier.chartTitle', { row: i + 1, k });
      const caption = t('classifier.chartCaption', { row: i + 1, k });
      return `<figure class="bp-prob-row">${bars({ probabilities: p, trueClass: k, title })}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
    })
    .join('');
}

function naiveNote(r: SoftmaxLossResult): string {
  const broken = r.naive
    .map((row, i) => (row.some((v) => !Number.isFinite(v)) ? i + 1 : 0))
    .filter((i) => i > 0);
  if (broken.length === 0) {
    return t('classifier.naiveAgrees');
  }
  return broken.length === 1
    ? t('classifier.naiveOverflowOne', { row: broken[0]! })
    : t('classifier.naiveOverflowMany', { rows: broken.join(', ') });
}

export function renderSoftmaxLoss(
  r: SoftmaxLossResult,
  bars: (row: ProbabilityRow) => string,
): string {
  const n = r.y.length;
  const c = r.y[0]!.length;
  const opts = { colHeads: classHeads(c), rowHeads: rowHeads(n) };
  return (
    `<div class="bp-softmax-out">` +
    `<div class="bp-prob-charts">${charts(r, bars)}</div>` +
    `<div class="bp-matrices bp-forward-group"><p class="bp-group-head">${escapeHtml(t('classifier.forwardHead'))}</p>` +
    matrixTable(t('classifier.probabilities', { shape: gridShape(r.y) }), r.y, 'forward', opts) +
    resultTable(t('classifier.loss'), [[t('classifier.lossRow'), r.loss]], 'forward') +
    `</div><div class="bp-matrices bp-backward-group"><p class="bp-group-head">${escapeHtml(t('classifier.backwardHead'))}</p>` +
    matrixTable(`dx = (y − t) / N (${gridShape(r.dx)})`, r.dx, 'backward', opts) +
    `</div>` +
    checkGroup(t('classifier.softmaxCheckCaption'), r.check) +
    `<div class="bp-naive">` +
    matrixTable(t('classifier.naiveCaption'), r.naive, 'forward', opts) +
    `<p>${escapeHtml(naiveNote(r))}</p></div>` +
    `</div>`
  );
}
