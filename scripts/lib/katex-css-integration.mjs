// After `astro build`: each page's inline stylesheets keep only the KaTeX rules and fonts that
// page uses (scripts/lib/katex-css.mjs). Before the CSP integration, which reads the final HTML.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.mjs';
import { classesIn, katexRules, pruneKatexCss } from './katex-css.mjs';

/** Prunes KaTeX's rules in every <style> of the page's HTML; returns the new HTML. */
export function pruneKatexInPage(html, katex = katexRules()) {
  const classes = classesIn(html);
  return html.replace(
    /(<style[^>]*>)([\s\S]*?)(<\/style>)/g,
    (_, open, css, close) => open + pruneKatexCss(css, classes, katex).css + close,
  );
}

/** @returns {import('astro').AstroIntegration} */
export function katexCssIntegration() {
  return {
    name: 'bp-katex-css',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const katex = katexRules();
        let before = 0;
        let after = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const pruned = pruneKatexInPage(html, katex);
          before += html.length;
          after += pruned.length;
          if (pruned !== html) writeFileSync(file, pruned);
        }
        logger.info(
          `KaTeX CSS pruned per page: ${((before - after) / 1000).toFixed(0)} kB of HTML less`,
        );
      },
    },
  };
}
