/**
 * A displayed number that offers its exact value on hover (title) and on keyboard focus
 * (the focus style shows `value` beside it; see styles/cell.css).
 */
import { t } from '../../messages/t';
import { escapeHtml } from './escape';
import { exactNumber, formatNumber } from './format';

export function numberHtml(x: number): string {
  const exact = exactNumber(x);
  const title = escapeHtml(t('kit.exact', { value: exact }));
  const shown = escapeHtml(formatNumber(x));
  return `<data class="bp-num" value="${escapeHtml(exact)}" title="${title}" tabindex="0">${shown}</data>`;
}

/** A two-column table of named numbers, e.g. the outputs of a cell. */
export function resultTable(
  caption: string,
  rows: readonly (readonly [label: string, value: number])[],
  kind: 'forward' | 'backward',
): string {
  const body = rows
    .map(([label, value]) => `<tr><th scope="row">${label}</th><td>${numberHtml(value)}</td></tr>`)
    .join('');
  return `<table class="bp-result bp-result-${kind}"><caption>${escapeHtml(caption)}</caption><tbody>${body}</tbody></table>`;
}

/** A matrix of numbers as a table with a caption, e.g. a gradient dW. */
export function matrixTable(
  caption: string,
  m: readonly (readonly number[])[],
  kind: 'forward' | 'backward',
): string {
  const body = m
    .map((row) => `<tr>${row.map((x) => `<td>${numberHtml(x)}</td>`).join('')}</tr>`)
    .join('');
  const shape = `${m.length} × ${m[0]?.length ?? 0}`;
  return (
    `<table class="bp-result bp-matrix bp-result-${kind}">` +
    `<caption>${escapeHtml(caption)} <span class="bp-shape">(${shape})</span></caption>` +
    `<tbody>${body}</tbody></table>`
  );
}
