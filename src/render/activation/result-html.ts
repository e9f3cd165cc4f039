/**
 * Small HTML pieces shared by the activation cells: a matrix as a captioned table, and a
 * labelled group of results marked forward, backward or check (by words and by style).
 */
import { escapeHtml } from '../html/escape';
import { numberHtml } from '../html/number-html';

export type ResultKind = 'forward' | 'backward' | 'check';

/** A matrix as a table; `mark` may flag entries (e.g. the kink) with a class and a word. */
export function matrixTable(
  caption: string,
  rows: readonly (readonly number[])[],
  kind: ResultKind,
  mark?: (i: number, j: number) => string | undefined,
): string {
  const body = rows
    .map((row, i) => {
      const cells = row.map((v, j) => {
        const note = mark?.(i, j);
        const flag = note ? ` <span class="bp-act-flag">${escapeHtml(note)}</span>` : '';
        return `<td${note ? ' class="is-flagged"' : ''}>${numberHtml(v)}${flag}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return `<table class="bp-act-matrix bp-act-matrix-${kind}"><caption>${escapeHtml(caption)}</caption><tbody>${body}</tbody></table>`;
}

/** A titled group of results; the title names the direction so colour is never the only cue. */
export function resultGroup(kind: ResultKind, title: string, content: string): string {
  return `<div class="bp-act-group bp-act-${kind}"><p class="bp-act-title">${escapeHtml(title)}</p>${content}</div>`;
}

/**
 * The inputs the plots beside a cell should mark, as exact numbers separated by spaces, for a
 * `data-plot-x` attribute the plot script reads after each recompute.
 */
export function plotX(xs: readonly number[]): string {
  return xs.map((x) => String(x)).join(' ');
}
