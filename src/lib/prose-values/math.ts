/**
 * Math built from runs of the book's code: a formula whose numbers come from core is written as
 * TeX and rendered here at build time with the options the chapters' own `$…$` and `$$…$$` use.
 * Placed in MDX with `<Fragment set:html={…} />`.
 */
import katex from 'katex';
import { formatNumber, type Matrix } from '../../core/index';
import { KATEX_OPTIONS } from '../katex-options';

/** KaTeX HTML (with MathML) for inline `tex`, as a `$…$` in a chapter renders. */
export function inlineMath(tex: string): string {
  return katex.renderToString(tex, KATEX_OPTIONS);
}

/** KaTeX HTML (with MathML) for `tex`, rendered as the chapters' own `$$…$$` math is. */
export function displayMath(tex: string): string {
  return katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: true });
}

/** A matrix as TeX, `\begin{bmatrix} … \end{bmatrix}`, each entry rounded for reading. */
export function texMatrix(m: Matrix): string {
  const rows = m.toArray().map((row) => row.map((v) => formatNumber(v)).join(' & '));
  return `\\begin{bmatrix} ${rows.join(' \\\\ ')} \\end{bmatrix}`;
}
