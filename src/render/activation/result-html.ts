/**
 * Small HTML pieces shared by the activation cells: a matrix in the activation style, and a
 * labelled group of results marked forward, backward or check (by words and by style).
 */
import { escapeHtml } from '../html/escape';
import { matrixTable, type ResultKind } from '../kit/result-tables';

/** A matrix as a table; `mark` may flag entries (e.g. the kink) with a class and a word. */
export const activationMatrix = (
  caption: string,
  rows: readonly (readonly number[])[],
  kind: ResultKind,
  mark?: (i: number, j: number) => string | undefined,
): string =>
  matrixTable(caption, rows, kind, {
    className: `bp-act-matrix bp-act-matrix-${kind}`,
    ...(mark ? { mark } : {}),
  });

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
