/**
 * The Softmax-with-Loss cell's outputs as HTML: a probability chart per row, the probabilities,
 * the loss (forward), dx (backward), and the naive softmax for comparison.
 */
import { escapeHtml } from '../html/escape';
import type { ProbabilityRow } from '../plots/probability-bars';
import { matrixTable, resultTable } from '../kit/result-tables';
import { gridShape } from '../kit/shape';
import type { SoftmaxLossResult } from './softmax-loss-result';

const heads = (prefix: string, n: number, from: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix} ${i + from}`);

function charts(r: SoftmaxLossResult, bars: (row: ProbabilityRow) => string): string {
  return r.y
    .map((p, i) => {
      const k = r.classes[i]!;
      const title = `Row ${i + 1}: probability of each class; true class ${k}`;
      const caption = `Row ${i + 1}, true class ${k}`;
      return `<figure class="bp-prob-row">${bars({ probabilities: p, trueClass: k, title })}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
    })
    .join('');
}

function naiveNote(r: SoftmaxLossResult): string {
  const broken = r.naive
    .map((row, i) => (row.some((v) => !Number.isFinite(v)) ? i + 1 : 0))
    .filter((i) => i > 0);
  if (broken.length === 0) {
    return 'Here the naive formula agrees with the stable one. Try a logit of 1000.';
  }
  const rows = broken.length === 1 ? `row ${broken[0]}` : `rows ${broken.join(', ')}`;
  return (
    `In ${rows}, exp overflowed to ∞ and ∞ / ∞ gave NaN. The stable softmax above shifts ` +
    `each row by its maximum first, so its values stay finite.`
  );
}

export function renderSoftmaxLoss(
  r: SoftmaxLossResult,
  bars: (row: ProbabilityRow) => string,
): string {
  const n = r.y.length;
  const c = r.y[0]!.length;
  const opts = { colHeads: heads('class', c, 0), rowHeads: heads('row', n, 1) };
  return (
    `<div class="bp-softmax-out">` +
    `<div class="bp-prob-charts">${charts(r, bars)}</div>` +
    `<div class="bp-matrices bp-forward-group"><p class="bp-group-head">Forward →</p>` +
    matrixTable(`Probabilities y = softmax(logits) (${gridShape(r.y)})`, r.y, 'forward', opts) +
    resultTable('Loss', [['L, mean cross-entropy', r.loss]], 'forward') +
    `</div><div class="bp-matrices bp-backward-group"><p class="bp-group-head">Backward ←</p>` +
    matrixTable(`dx = (y − t) / N (${gridShape(r.dx)})`, r.dx, 'backward', opts) +
    `</div><div class="bp-naive">` +
    matrixTable('Naive softmax, without the max shift (for comparison)', r.naive, 'forward', opts) +
    `<p>${escapeHtml(naiveNote(r))}</p></div>` +
    `</div>`
  );
}
