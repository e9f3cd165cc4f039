/**
 * A displayed number that offers its exact value on hover (title) and on keyboard focus
 * (the focus style shows `value` beside it; see styles/cell.css).
 */
import { t } from '../../messages/t';
import { exactNumber, formatNumber } from '../../core/format-number';
import { escapeHtml } from './escape';

export function numberHtml(x: number): string {
  // The kit's finite guard keeps ∞ and NaN out of results; should one slip through, it reads
  // as a word, never as a number.
  if (!Number.isFinite(x)) {
    return `<span class="bp-num bp-num-none">${escapeHtml(t(Number.isNaN(x) ? 'kit.noValue' : 'kit.overflowed'))}</span>`;
  }
  const exact = exactNumber(x);
  const title = escapeHtml(t('kit.exact', { value: exact }));
  const shown = escapeHtml(formatNumber(x));
  return `<data class="bp-num" value="${escapeHtml(exact)}" title="${title}" tabindex="0">${shown}</data>`;
}

/** Whole numbers with thousands separators, the same at build time and in every browser. */
const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
export const formatCount = (n: number): string => counts.format(n);
