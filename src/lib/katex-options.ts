/**
 * How the book renders math with KaTeX, at build time: the chapters' `$…$` (rehype-katex in
 * astro.config.mjs) and the formulas built from runs of the book's code (prose-values/math.ts)
 * share these options, so both look and read the same.
 */
export const KATEX_OPTIONS = { output: 'htmlAndMathml', strict: 'error' } as const;
