// The CSP over a whole build folder: every page gets its meta policy (scripts/lib/csp.mjs), and
// the header version, which a host sends for every file, allows the inline scripts of every page.
// Used after `astro build` (csp-integration.mjs) and by `serve-dist.mjs --csp-header`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cspPolicy, inlineScripts, scriptHash, securePage } from './csp.mjs';
import { htmlFiles } from './html-files.mjs';

/**
 * The header policy for a build: the inline scripts of all its pages, sorted so that the same
 * build always gives the same header.
 * @param {string} dir
 */
export function siteHeaderPolicy(dir) {
  const hashes = htmlFiles(dir).flatMap((file) =>
    inlineScripts(readFileSync(file, 'utf8')).map(scriptHash),
  );
  return cspPolicy({ hashes: [...new Set(hashes)].sort(), mode: 'header' });
}

/** `_headers` (Netlify, Cloudflare Pages): the header policy on every path. */
export const headersFile = (/** @type {string} */ policy) =>
  `# Written by the build (scripts/lib/csp-site.mjs); see "Deploying" in the README.\n/*\n  Content-Security-Policy: ${policy}\n`;

/**
 * Writes the meta policy into every page of `dir` and the header policy into `dir/_headers`.
 * @param {string} dir
 * @returns {{ pages: number, hashes: number }} how many pages, and distinct inline scripts
 */
export function secureSite(dir) {
  const files = htmlFiles(dir);
  const all = new Set();
  for (const file of files) {
    const { html, hashes } = securePage(readFileSync(file, 'utf8'));
    writeFileSync(file, html);
    for (const h of hashes) all.add(h);
  }
  writeFileSync(join(dir, '_headers'), headersFile(siteHeaderPolicy(dir)));
  return { pages: files.length, hashes: all.size };
}
