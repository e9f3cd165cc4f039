// What a built page makes the browser load at page load: its HTML, stylesheets and scripts,
// raw and gzipped. Shared by the byte-budget test and `npm run budget`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {string | Buffer} text */
export const gzipSize = (text) => gzipSync(text, { level: 9 }).length;

/** @typedef {{ name: string, raw: number, gzip: number }} Asset */
/** @typedef {{ path: string, html: Asset, css: Asset[], js: Asset[], cells: boolean }} PageAssets */

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** URL paths of every page in a build, e.g. ["/", "/chapters/why-backpropagation/"]. */
export function pagesIn(dist = 'dist') {
  return htmlFiles(dist)
    .map(
      (f) =>
        '/' +
        relative(dist, f)
          .split(sep)
          .join('/')
          .replace(/index\.html$/, ''),
    )
    .sort();
}

/** @param {string} name @param {string | Buffer} body @returns {Asset} */
const asset = (name, body) => ({ name, raw: Buffer.byteLength(body), gzip: gzipSize(body) });

/** Static imports of an ES module (dynamic `import()` is loaded later, on use, so not counted). */
const staticImports = (code) =>
  [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)].map(
    (m) => m[1],
  );

/** @param {string} dist @param {string} path @returns {PageAssets} */
export function pageAssets(dist, path) {
  const file = join(dist, path, path.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(file, 'utf8');
  const css = [];
  const js = [];
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (href) css.push(asset(href, readFileSync(join(dist, href))));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g))
    css.push(asset('inline <style>', m[1]));
  const seen = new Set();
  const addModule = (/** @type {string} */ url) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    js.push(asset(url, code));
    for (const dep of staticImports(code)) addModule(new URL(dep, `http://x${url}`).pathname);
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    if (src) addModule(src);
    else {
      js.push(asset('inline <script>', m[2] ?? ''));
      for (const dep of staticImports(m[2] ?? ''))
        addModule(new URL(dep, `http://x${path}`).pathname);
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    addModule(m[1]);
  return { path, html: asset(path, html), css, js, cells: /<bp-[a-z]/.test(html) };
}

/** @param {Asset[]} list */
export const total = (list) =>
  list.reduce((t, a) => ({ raw: t.raw + a.raw, gzip: t.gzip + a.gzip }), { raw: 0, gzip: 0 });

export const distExists = (dist = 'dist') => existsSync(join(dist, 'index.html'));
