/**
 * A displayed number with its exact value: on hover (title), as the `<data>` value, and, when
 * rounding changed its digits, as a second span that the cell's "Exact digits" button shows in
 * place of the rounded one (styles/cell.css). Numbers are not tab stops: one button per cell
 * reveals every exact value, rather than one stop per number.
 */
import { t } from '../../messages/t';
import { exactNumber, formatNumber } from '../../core/format-number';
import { escapeHtml } from './escape';

/** The inside of a number's `<data>` element: the rounded text, or both forms. */
export function numberInnerHtml(x: number): string {
  const exact = exactNumber(x);
  const shown = formatNumber(x);
  if (shown.replace('−', '-') === exact) return escapeHtml(shown);
  return (
    `<span class="bp-round">${escapeHtml(shown)}</span>` +
    `<span class="bp-exact">${escapeHtml(exact)}</span>`
  );
}

export function numberHtml(x: number): string {
  // The kit's finite guard keeps ∞ and NaN out of results; should one slip through, it reads
  // as a word, never as a number.
  if (!Number.isFinite(x)) {
    return `<span class="bp-num bp-num-none">${escapeHtml(t(Number.isNaN(x) ? 'kit.noValue' : 'kit.overflowed'))}</span>`;
  }
  const exact = exactNumber(x);
  const title = escapeHtml(t('kit.exact', { value: exact }));
  return `<data class="bp-num" value="${escapeHtml(exact)}" title="${title}">${numberInnerHtml(x)}</data>`;
}

/** Whole numbers with thousands separators, the same at build time and in every browser. */
const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
export const formatCount = (n: number): string => counts.format(n);
