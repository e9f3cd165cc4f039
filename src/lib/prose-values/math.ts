/**
 * Inline math for prose values: a formula whose numbers come from a run of the book's code is
 * built as a TeX string and rendered here at build time, with the options the chapters' own
 * `$…$` math uses (rehype-katex in astro.config.mjs). Placed in MDX with
 * `<Fragment set:html={…} />`. Display math reuses `displayMath` from `../affine-one-example`.
 */
import katex from 'katex';

/** KaTeX HTML (with MathML) for inline `tex`, as a `$…$` in a chapter renders. */
export function inlineMath(tex: string): string {
  return katex.renderToString(tex, { output: 'htmlAndMathml', strict: 'error' });
}
