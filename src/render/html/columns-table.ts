/**
 * A table of numbers with a header row: one labelled row per quantity, one column per
 * way of computing it, e.g. a gradient through a graph beside its closed form.
 */
import { escapeHtml } from './escape';
import { numberHtml } from './number-html';

/**
 * `head` names every column, the row-label column first. Row labels are trusted HTML
 * written by us (as in `resultTable`); headers and the caption are escaped.
 */
export function columnsTable(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly [label: string, values: readonly number[]])[],
  kind: 'forward' | 'backward',
): string {
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map(
      ([label, values]) =>
        `<tr><th scope="row">${label}</th>${values.map((v) => `<td>${numberHtml(v)}</td>`).join('')}</tr>`,
    )
    .join('');
  // Wide tables scroll inside their own box on a narrow screen; the numbers are focusable.
  return (
    `<div class="bp-columns-scroll">` +
    `<table class="bp-result bp-columns bp-result-${kind}"><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></div>`
  );
}
