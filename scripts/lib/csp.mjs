// The book's Content-Security-Policy, in one place: the `<meta http-equiv>` every built page
// carries (written after the build by scripts/lib/csp-integration.mjs) and the HTTP header a host
// can send instead (README, "Deploying"; `serve-dist.mjs --csp-header`) are both built here, from
// the hashes of the inline scripts and a mode. Pure: strings in, strings out.
//
// Why each part:
// - script-src: our own files plus exactly the inline scripts the build wrote (theme before first
//   paint, print support, small modules Astro inlines), by sha256. No 'unsafe-inline', no
//   'unsafe-eval': the pages read state from the URL, and this is the defence in depth.
// - style-src 'unsafe-inline': KaTeX and Shiki put style attributes on every formula and token.
//   Hashing styles (Astro 5's experimental.csp does) makes browsers ignore 'unsafe-inline' and
//   breaks KaTeX, so styles are allowed, scripts are not.
// - 'wasm-unsafe-eval' (WebAssembly only; JavaScript eval stays blocked): Pagefind compiles its
//   WebAssembly in a worker. A meta policy does not reach a worker (its policy comes from the
//   worker script's own response); a header sent with every file does, and then WebAssembly
//   needs it. The meta policy needs it too: when the worker is slow to start (5 s: a slow phone,
//   the long book page), Pagefind runs its WebAssembly on the page itself.
// - frame-ancestors in the header only: browsers ignore it in a meta element.
import { createHash } from 'node:crypto';

/** @typedef {'meta' | 'header'} CspMode */

/**
 * The source expression allowing one inline script, `'sha256-…'`, hashed as the browser hashes
 * it: the UTF-8 of the element's text after HTML parsing, which turns CR LF and lone CR into LF.
 * @param {string} text the raw text between `<script …>` and `</script>`
 */
export function scriptHash(text) {
  const parsed = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(parsed, 'utf8').digest('base64')}'`;
}

/** A `<script>` element: its attributes and its raw text. Comments are skipped before it. */
const SCRIPT = /<!--[\s\S]*?-->|<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** A `src` attribute (not `data-src`): the script is a file, allowed by 'self'. */
const SRC = /(?:^|\s)src(?:\s*=|\s|$)/i;

/**
 * The text of every inline script of a page (every `<script>` without `src`, whatever its type:
 * a JSON block needs no hash, but one is harmless), in document order.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  const texts = [];
  for (const [whole, attrs, text] of html.matchAll(SCRIPT)) {
    if (whole.startsWith('<!--') || attrs === undefined || SRC.test(attrs)) continue;
    texts.push(text ?? '');
  }
  return texts;
}

/**
 * The policy as one string, for the meta element or the header.
 * @param {{ hashes?: readonly string[], mode?: CspMode }} [options] hashes as `scriptHash` gives
 *   them (duplicates are dropped, order kept)
 */
export function cspPolicy({ hashes = [], mode = 'meta' } = {}) {
  const header = mode === 'header';
  const script = ["'self'", ...new Set(hashes), "'wasm-unsafe-eval'"];
  /** @type {[string, ...string[]][]} */
  const directives = [
    ['default-src', "'self'"],
    ['script-src', ...script],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'"],
    // Fonts are files of our own: the build never inlines one as a data: URL (astro.config.mjs).
    ['font-src', "'self'"],
    // Pagefind fetches its index; the search box imports pagefind.js, which starts a worker.
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ...(header ? /** @type {[string, ...string[]][]} */ ([['frame-ancestors', "'none'"]]) : []),
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Any CSP meta element already in a page (a build processed twice keeps one). */
const CSP_META = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi;
/** Where the meta goes: right after `<head>` and its `<meta charset>`, before any script. */
const HEAD_START = /<head\b[^>]*>(\s*<meta\s+charset\s*=[^>]*>)?/i;

/**
 * The page with its policy as the first element of `<head>` after `<meta charset>` (a meta
 * policy covers only what follows it). A page without `<head>` gets it in front.
 * @param {string} html
 * @param {string} policy
 */
export function withCspMeta(html, policy) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  const clean = html.replace(CSP_META, '');
  const head = HEAD_START.exec(clean);
  if (!head) return meta + clean;
  const at = head.index + head[0].length;
  return clean.slice(0, at) + meta + clean.slice(at);
}

/**
 * A built page made safe: the hashes of its own inline scripts, in a meta policy.
 * @param {string} html
 * @returns {{ html: string, hashes: string[] }}
 */
export function securePage(html) {
  const hashes = [...new Set(inlineScripts(html).map(scriptHash))];
  return { html: withCspMeta(html, cspPolicy({ hashes, mode: 'meta' })), hashes };
}
