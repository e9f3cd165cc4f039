/**
 * The gradient check a find-the-bug exercise reveals: for each input entry, backward's gradient
 * beside the central difference, and whether their relative error is within the book's threshold
 * (four narrow columns, so the table fits a phone's width without scrolling).
 */
import { formatNumber } from '../../core/format-number';
import type { GradientCheckReport } from '../../core/gradient-check';
import { CHECK_THRESHOLD } from '../../core/net/network-check';
import { relativeError } from '../../core/relative-error';
import { t } from '../../messages/t';
import { escapeHtml } from '../html/escape';

/** One row per entry of every checked parameter; `names` labels a parameter's entries in order. */
export function checkTableHtml(
  report: GradientCheckReport,
  names: (parameter: string, entry: number) => string,
): string {
  const rows = report.parameters.flatMap((p) => {
    const [a, b] = [p.analytic.toArray().flat(), p.numerical.toArray().flat()];
    return a.map((value, k) => {
      const estimate = b[k] ?? Number.NaN;
      const error = relativeError(value, estimate);
      const verdict = error <= CHECK_THRESHOLD ? t('ex.check.agrees') : t('ex.check.disagrees');
      // Rounded to four digits, as the cells show gradients: a central difference is never exact.
      const cells = [value, estimate]
        .map((v) => `<td>${escapeHtml(formatNumber(v))}</td>`)
        .join('');
      return (
        `<tr><th scope="row">${escapeHtml(names(p.name, k))}</th>${cells}` +
        `<td>${escapeHtml(verdict)}</td></tr>`
      );
    });
  });
  const head = (
    ['ex.check.entry', 'ex.check.backward', 'ex.check.numerical', 'ex.check.verdict'] as const
  )
    .map((key) => `<th scope="col">${escapeHtml(t(key))}</th>`)
    .join('');
  return (
    // In its own scroll box (widgets/scroll-regions.ts), so a 320 px screen never scrolls sideways.
    `<div class="bp-scroll"><table class="bp-ex-check"><caption>${escapeHtml(t('ex.check.caption'))}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  );
}
