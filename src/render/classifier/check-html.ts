/**
 * The classifier cells' "Gradient check" group: per gradient, its relative error against central
 * differences and a verdict in words, in the same check group the activation cells use.
 */
import { t } from '../../messages';
import { resultGroup } from '../activation/result-html';
import { escapeHtml } from '../html/escape';
import { numberHtml } from '../html/number-html';
import type { CheckRow } from './gradient-checks';

const head = (word: string): string => `<th scope="col">${escapeHtml(word)}</th>`;

const verdictKey = (r: CheckRow) =>
  r.agree
    ? 'classifier.checkAgree'
    : r.unchecked
      ? 'classifier.checkUnchecked'
      : 'classifier.checkDisagree';

const names = (rows: readonly CheckRow[]): string => rows.map((r) => `d${r.name}`).join(', ');

/** The group's HTML: a table captioned `caption`, one row per gradient, and a summary line. */
export function checkGroup(caption: string, rows: readonly CheckRow[]): string {
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">d${escapeHtml(r.name)}</th>` +
        `<td>${Number.isFinite(r.error) ? numberHtml(r.error) : '—'}</td>` +
        `<td>${escapeHtml(t(verdictKey(r)))}</td></tr>`,
    )
    .join('');
  // In its own box, which scrolls sideways (with a cue) where the screen is narrower.
  const table =
    `<div class="bp-scroll"><table class="bp-result bp-result-check bp-check-table"><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr>${head(t('classifier.checkGradient'))}${head(t('classifier.checkError'))}${head(t('classifier.checkVerdict'))}</tr></thead>` +
    `<tbody>${body}</tbody></table></div>`;
  const disagree = rows.filter((r) => !r.agree && !r.unchecked);
  const unchecked = rows.filter((r) => r.unchecked);
  const summary = disagree.length
    ? t('classifier.checkSomeDisagree', { names: names(disagree) })
    : unchecked.length
      ? t('classifier.checkSomeUnchecked', { names: names(unchecked) })
      : t('classifier.checkAllAgree');
  return resultGroup(
    'check',
    t('classifier.checkHead'),
    `${table}<p class="bp-act-verdict">${escapeHtml(summary)}</p>`,
  );
}
