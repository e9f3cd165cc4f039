/**
 * A matrix as an HTML table of readable numbers (exact value on hover and focus), captioned with
 * its name and shape. Used by the matrix-valued cells of chapter 6.
 */
import { escapeHtml } from '../html/escape';
import { numberHtml } from '../html/number-html';

/** The shape as the chapter writes it: "2 × 3". */
export const shapeOf = (m: readonly (readonly number[])[]): string =>
  `${m.length} × ${m[0]?.length ?? 0}`;

export interface MatrixTableOptions {
  /** Header for each column, e.g. "class 0"; omitted → no header row. */
  readonly colHeads?: readonly string[];
  /** Header for each row, e.g. "row 1"; omitted → no header column. */
  readonly rowHeads?: readonly string[];
}

/** Caption text as HTML: escaped, with "ᵀ" as a superscript T (many fonts draw U+1D40 badly). */
const captionHtml = (text: string): string => escapeHtml(text).replace(/ᵀ/g, '<sup>T</sup>');

/**
 * `caption` is plain text (escaped here). `kind` picks the forward or backward style, which the
 * kit's CSS tells apart by an arrow and a border style as well as colour.
 */
export function matrixTable(
  caption: string,
  m: readonly (readonly number[])[],
  kind: 'forward' | 'backward',
  options: MatrixTableOptions = {},
): string {
  const { colHeads, rowHeads } = options;
  const head = colHeads
    ? `<thead><tr>${rowHeads ? '<td></td>' : ''}${colHeads
        .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
        .join('')}</tr></thead>`
    : '';
  const body = m
    .map((row, i) => {
      const rh = rowHeads?.[i];
      const th = rh === undefined ? '' : `<th scope="row">${escapeHtml(rh)}</th>`;
      return `<tr>${th}${row.map((v) => `<td>${numberHtml(v)}</td>`).join('')}</tr>`;
    })
    .join('');
  return (
    `<table class="bp-result bp-result-${kind} bp-matrix">` +
    `<caption>${captionHtml(caption)}</caption>${head}<tbody>${body}</tbody></table>`
  );
}
