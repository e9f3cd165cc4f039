/**
 * The kit's output tables: named numbers (`resultTable`) and matrices (`matrixTable`), styled
 * forward, backward or check. The CSS tells the kinds apart by an arrow and a border style as
 * well as colour.
 */
import { escapeHtml } from '../html/escape';
import { numberHtml } from '../html/number-html';
import { gridShape } from './shape';

export type ResultKind = 'forward' | 'backward' | 'check';

/** A two-column table of named numbers, e.g. the outputs of a cell. */
export function resultTable(
  caption: string,
  rows: readonly (readonly [label: string, value: number])[],
  kind: ResultKind,
): string {
  const body = rows
    .map(([label, value]) => `<tr><th scope="row">${label}</th><td>${numberHtml(value)}</td></tr>`)
    .join('');
  return `<div class="bp-scroll"><table class="bp-result bp-result-${kind}"><caption>${escapeHtml(caption)}</caption><tbody>${body}</tbody></table></div>`;
}

export interface MatrixTableOptions {
  /** Header for each column, e.g. "class 0"; omitted → no header row. */
  readonly colHeads?: readonly string[];
  /** Header for each row, e.g. "row 1"; omitted → no header column. */
  readonly rowHeads?: readonly string[];
  /** Flags entries (e.g. the kink) with a class and a word. */
  readonly mark?: (i: number, j: number) => string | undefined;
  /** Adds the matrix's shape after the caption, "(2 × 3)". */
  readonly shape?: boolean;
  /** The table's classes; default the kit's result style for `kind`. */
  readonly className?: string;
}

/** Caption text as HTML: escaped, with "ᵀ" as a superscript T (many fonts draw U+1D40 badly). */
const captionHtml = (text: string): string => escapeHtml(text).replace(/ᵀ/g, '<sup>T</sup>');

function cellHtml(v: number, note: string | undefined): string {
  if (!note) return `<td>${numberHtml(v)}</td>`;
  return `<td class="is-flagged">${numberHtml(v)} <span class="bp-act-flag">${escapeHtml(note)}</span></td>`;
}

/** A matrix as a captioned table of readable numbers (exact value on hover and focus). */
export function matrixTable(
  caption: string,
  m: readonly (readonly number[])[],
  kind: ResultKind,
  options: MatrixTableOptions = {},
): string {
  const { colHeads, rowHeads, mark } = options;
  const head = colHeads
    ? `<thead><tr>${rowHeads ? '<td></td>' : ''}${colHeads
        .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
        .join('')}</tr></thead>`
    : '';
  const body = m
    .map((row, i) => {
      const rh = rowHeads?.[i];
      const th = rh === undefined ? '' : `<th scope="row">${escapeHtml(rh)}</th>`;
      return `<tr>${th}${row.map((v, j) => cellHtml(v, mark?.(i, j))).join('')}</tr>`;
    })
    .join('');
  const shape = options.shape ? ` <span class="bp-shape">(${gridShape(m)})</span>` : '';
  const className = options.className ?? `bp-result bp-result-${kind} bp-matrix`;
  // In its own box, which scrolls sideways where the screen is narrower than the matrix.
  return (
    `<div class="bp-scroll"><table class="${className}">` +
    `<caption>${captionHtml(caption)}${shape}</caption>${head}<tbody>${body}</tbody></table></div>`
  );
}
