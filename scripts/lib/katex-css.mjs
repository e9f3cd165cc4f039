// KaTeX's stylesheet, pruned to what one page uses (issue 13). Every page with math inlines all of
// katex.min.css: 251 rules and 20 @font-face blocks, each naming woff2, woff and ttf files, about
// 24 kB raw before the first paint. A page's formulas use a third of the rules and a handful of
// fonts, and KaTeX's classes come only from the build (no math is typeset in the browser), so a
// rule whose classes never occur in the page's HTML can never match there.
//
// Only KaTeX's own rules are touched: a rule is KaTeX's when its selector is one of
// katex.min.css's, verbatim (the bundler keeps them as they are); the book's own rules, whose
// classes scripts may add later, are never pruned.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';

/** The selectors of katex.min.css, and the font families it declares. */
export function katexRules(css = readFileSync(katexCssPath(), 'utf8')) {
  const selectors = new Set();
  postcss.parse(css).walkRules((rule) => void selectors.add(rule.selector));
  return { selectors };
}

function katexCssPath() {
  return createRequire(import.meta.url).resolve('katex/dist/katex.min.css');
}

/** Every class named in the HTML's class attributes. */
export function classesIn(html) {
  const classes = new Set();
  for (const [, value] of html.matchAll(/\bclass="([^"]*)"/g)) {
    for (const name of value.split(/\s+/)) if (name) classes.add(name);
  }
  return classes;
}

/** Class names a selector requires; those inside :not() are required to be absent, not present. */
const requiredClasses = (selector) =>
  [...selector.replace(/:not\([^)]*\)/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]);

const KATEX_FAMILY = /^['"]?(KaTeX_[\w-]+)['"]?$/;

/**
 * `css` with KaTeX's rules cut to the selectors whose classes all occur in `classes`, and its
 * @font-face blocks cut to the families a remaining rule names, each with its woff2 source only
 * (every browser that runs this book reads woff2; the woff and ttf fallbacks are never fetched).
 */
export function pruneKatexCss(css, classes, katex = katexRules()) {
  const root = postcss.parse(css);
  let removedRules = 0;
  root.walkRules((rule) => {
    if (!katex.selectors.has(rule.selector)) return;
    const kept = rule.selectors.filter((s) => requiredClasses(s).every((c) => classes.has(c)));
    if (!kept.length) {
      rule.remove();
      removedRules++;
    } else if (kept.length < rule.selectors.length) rule.selector = kept.join(',');
  });
  const families = new Set();
  root.walkDecls(/^font(-family)?$/, (decl) => {
    if (decl.parent?.type === 'atrule') return; // a @font-face naming itself
    for (const m of decl.value.matchAll(/KaTeX_[\w-]+/g)) families.add(m[0]);
  });
  let removedFaces = 0;
  root.walkAtRules('font-face', (face) => {
    let family = '';
    face.walkDecls('font-family', (d) => void (family = d.value.match(KATEX_FAMILY)?.[1] ?? ''));
    if (!family) return;
    if (!families.has(family)) {
      face.remove();
      removedFaces++;
      return;
    }
    face.walkDecls('src', (d) => {
      const woff2 = d.value.split(/,(?=\s*url\()/).find((s) => /format\(["']?woff2/.test(s));
      if (woff2) d.value = woff2.trim();
    });
  });
  return { css: root.toString(), removedRules, removedFaces };
}
