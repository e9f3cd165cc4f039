/**
 * The confusion matrix as an HTML table: the count in every cell as text, the diagonal (right
 * answers) marked by a class and a border, and a shade that grows with the count, so colour is
 * never the only way to read it.
 */
import { t } from '../../../messages/t';
import { escapeHtml } from '../../html/escape';

/** Shade steps: 0 for an empty cell, then 1–4 by the count's share of its row. */
const LEVELS = 4;

/** How many right answers (the diagonal) and how many in all. */
export function confusionTotals(matrix: readonly (readonly number[])[]): {
  correct: number;
  total: number;
} {
  let correct = 0;
  let total = 0;
  matrix.forEach((row, i) =>
    row.forEach((count, j) => {
      total += count;
      if (i === j) correct += count;
    }),
  );
  return { correct, total };
}

function level(count: number, rowTotal: number): number {
  if (count <= 0 || rowTotal <= 0) return 0;
  return Math.max(1, Math.ceil((count / rowTotal) * LEVELS));
}

/** A header: the bare digit on screen, the whole phrase ("True 3") for screen readers. */
function headText(digit: number, spoken: string): string {
  return `<span aria-hidden="true">${digit}</span><span class="sr-only">${escapeHtml(spoken)}</span>`;
}

/** `matrix[true][predicted]` counts → a `<table class="bp-confusion">` with caption and headers. */
export function confusionMatrixHtml(matrix: readonly (readonly number[])[]): string {
  const { correct, total } = confusionTotals(matrix);
  const classes = matrix.length;
  const digits = Array.from({ length: classes }, (_, k) => k);
  const head = digits
    .map((k) => `<th scope="col">${headText(k, t('digits.predictedCol', { digit: k }))}</th>`)
    .join('');
  const rows = matrix
    .map((row, i) => {
      const rowTotal = row.reduce((s, c) => s + c, 0);
      const cells = row
        .map((count, j) => {
          const kind = i === j ? 'bp-cm-hit' : count > 0 ? 'bp-cm-miss' : 'bp-cm-zero';
          return `<td class="${kind} bp-cm-l${level(count, rowTotal)}">${count}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${headText(i, t('digits.trueRow', { digit: i }))}</th>${cells}</tr>`;
    })
    .join('');
  return (
    `<div class="bp-confusion-wrap bp-scroll"><table class="bp-confusion">` +
    `<caption>${t('digits.confusionCaption', { correct, total })}</caption>` +
    `<thead><tr><th scope="col"><span class="bp-cm-corner">${t('digits.trueHead')} ${t('digits.predictedHead')}</span></th>${head}</tr></thead>` +
    `<tbody>${rows}</tbody></table></div>`
  );
}
