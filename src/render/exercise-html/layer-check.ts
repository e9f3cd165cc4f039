/**
 * A layer's gradient check as HTML, for chapter 6's "find the bug": per gradient its relative
 * error and verdict, then the blamed gradient by backprop beside central differences, so the
 * reader sees how it is wrong (N times too big, the wrong sign, transposed).
 */
import type { GradientCheckReport } from '../../core/gradient-check';
import { AGREES } from '../activation/gradient-check';
import { escapeHtml } from '../html/escape';
import { numberHtml } from '../html/number-html';
import { matrixTable } from '../kit/result-tables';
import { t } from '../../messages';

/** dX, dW, db, dx: the gradient's name for a parameter's. */
export const gradientName = (param: string): string => `d${param}`;

export function layerCheckHtml(report: GradientCheckReport): string {
  const rows = report.parameters
    .map((p) => {
      const ok = p.relativeError < AGREES;
      return (
        `<tr class="${ok ? 'is-agree' : 'is-disagree'}"><th scope="row">${escapeHtml(gradientName(p.name))}</th>` +
        `<td>${numberHtml(p.relativeError)}</td>` +
        `<td>${escapeHtml(t(ok ? 'ex6.bug.agrees' : 'ex6.bug.disagrees'))}</td></tr>`
      );
    })
    .join('');
  const head = (['ex6.bug.gradient', 'ex6.bug.relativeError', 'ex6.bug.verdict'] as const)
    .map((k) => `<th scope="col">${escapeHtml(t(k))}</th>`)
    .join('');
  const table =
    `<div class="bp-scroll"><table class="bp-result bp-result-check"><caption>${escapeHtml(t('ex6.bug.checkCaption'))}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
  const blamed = report.parameters.filter((p) => !(p.relativeError < AGREES));
  const detail = blamed
    .map((p) => {
      const grad = gradientName(p.name);
      return (
        matrixTable(t('ex6.bug.backprop', { grad }), p.analytic.toArray(), 'backward') +
        matrixTable(t('ex6.bug.numerical', { grad }), p.numerical.toArray(), 'check')
      );
    })
    .join('');
  return table + detail;
}
