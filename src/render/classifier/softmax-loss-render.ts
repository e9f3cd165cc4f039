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

/**
 * Why each broken row of the naive softmax broke, as what happened there: exp overflowed to ∞
 * (∞ / ∞), or every exp underflowed to 0 (0 / 0, as for a row of −1000s).
 */
export function naiveFailures(r: Pick<SoftmaxLossResult, 'logits' | 'naive'>): {
  readonly overflow: number[];
  readonly underflow: number[];
} {
  const overflow: number[] = [];
  const underflow: number[] = [];
  r.naive.forEach((row, i) => {
    if (row.every(Number.isFinite)) return;
    const logits = r.logits[i]!;
    (logits.some((v) => Math.exp(v) === Infinity) ? overflow : underflow).push(i + 1);
  });
  return { overflow, underflow };
}

function naiveNote(r: SoftmaxLossResult): string {
  const { overflow, underflow } = naiveFailures(r);
  if (overflow.length + underflow.length === 0) return t('classifier.naiveAgrees');
  const sentences: string[] = [];
  if (overflow.length === 1)
    sentences.push(t('classifier.naiveOverflowOne', { row: overflow[0]! }));
  if (overflow.length > 1) {
    sentences.push(t('classifier.naiveOverflowMany', { rows: overflow.join(', ') }));
  }
  if (underflow.length === 1) {
    sentences.push(t('classifier.naiveUnderflowOne', { row: underflow[0]! }));
  }
  if (underflow.length > 1) {
    sentences.push(t('classifier.naiveUnderflowMany', { rows: underflow.join(', ') }));
  }
  return [...sentences, t('classifier.naiveStable')].join(' ');
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
