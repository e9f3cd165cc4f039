// JS loaded before the page is idle: the one measure of "JS at load" (issue 13), shared by
// `npm run budget`, the budget test and the goal. A page is opened in Chromium and every script
// it fetches until the network is idle (Playwright's `networkidle`: no request for 500 ms) is
// recorded: `<script src>`, module preloads, static and dynamic imports, the cell loader's spec
// chunks. Each body is gzipped here (node:zlib, level 9), so the figure does not depend on the
// server, and the text of every inline `<script>` is added, gzipped the same way. A static
// import graph (page-assets.mjs) misses what the cell loader fetches.
//
//   import { measureJsAtLoad } from './lib/js-at-load.mjs';
//   const m = await measureJsAtLoad('http://127.0.0.1:4510/book/');   // launches Chromium
//   const m = await measureJsAtLoad(url, { browser });                // a fresh context in it
//   const m = await measureJsAtLoad(url, { page });                   // this page (its cache)
//   m.total (gzip bytes), m.raw, m.items [{ name, raw, gzip }], m.dom (elements), m.fonts
import { gzipSync } from 'node:zlib';

/** @typedef {{ name: string, raw: number, gzip: number }} Sized */
/**
 * @typedef {{ total: number, raw: number, items: Sized[], dom: number, fonts: Sized[] }} JsAtLoad
 *   total: gzip bytes of all items; fonts: every font fetched (woff2 is not re-compressed by a
 *   host, so its `gzip` is its size as sent: the raw size)
 */

/** @param {string | Uint8Array} body */
export const gzipSize = (body) => gzipSync(body, { level: 9 }).length;

/** @param {string} name @param {string | Uint8Array} body @returns {Sized} */
export const sized = (name, body) => ({
  name,
  raw: typeof body === 'string' ? Buffer.byteLength(body) : body.length,
  gzip: gzipSize(body),
});

/** @param {Sized[]} items */
export const sum = (items) =>
  items.reduce((t, a) => ({ raw: t.raw + a.raw, gzip: t.gzip + a.gzip }), { raw: 0, gzip: 0 });

/** Is a `<script type=…>` executed as JavaScript? (JSON, import maps, speculation rules: no.) */
export function isJsType(/** @type {string | null | undefined} */ type) {
  const t = (type ?? '').trim().toLowerCase();
  return (
    t === '' ||
    t === 'module' ||
    /^(text|application)\/(x-)?(java|ecma)script$/.test(t) ||
    t === 'text/jscript'
  );
}

/** A script's name in the list: its path (and query) on the page's origin, else its URL. */
export function scriptName(/** @type {string} */ url, /** @type {string} */ pageUrl) {
  const u = new URL(url);
  return u.origin === new URL(pageUrl).origin ? u.pathname + u.search : u.href;
}

/**
 * @param {string} url the page to open
 * @param {{ page?: import('playwright-core').Page, browser?: import('playwright-core').Browser,
 *   timeout?: number }} [options] without page or browser, a Chromium is launched and closed
 * @returns {Promise<JsAtLoad>}
 */
export async function measureJsAtLoad(url, { page, browser, timeout = 120_000 } = {}) {
  if (page) return measureIn(page, url, timeout);
  let own;
  if (!browser) {
    const { chromium } = await import('playwright-core');
    const { chromiumArgs, findChromium } = await import('../find-browser.mjs');
    const executablePath = findChromium();
    own = await chromium.launch({
      args: chromiumArgs,
      ...(executablePath ? { executablePath } : {}),
    });
  }
  const b = /** @type {import('playwright-core').Browser} */ (browser ?? own);
  // A phone's viewport, as Lighthouse mobile; a fresh context has an empty cache.
  const context = await b.newContext({ viewport: { width: 412, height: 823 } });
  try {
    return await measureIn(await context.newPage(), url, timeout);
  } finally {
    await context.close();
    await own?.close();
  }
}

/** @param {import('playwright-core').Page} page @param {string} url @param {number} timeout */
async function measureIn(page, url, timeout) {
  /** @type {Map<string, Promise<Sized | undefined>>} */
  const scripts = new Map();
  /** @type {Map<string, Promise<Sized | undefined>>} */
  const fonts = new Map();
  /** @param {import('playwright-core').Response} response */
  const onResponse = (response) => {
    const status = response.status();
    if (status >= 300 && status < 400) return;
    const type = response.request().resourceType();
    const contentType = response.headers()['content-type'] ?? '';
    const isScript = type === 'script' || /javascript|ecmascript/.test(contentType);
    const list = isScript ? scripts : type === 'font' ? fonts : undefined;
    const name = scriptName(response.url(), url);
    if (!list || list.has(name)) return;
    list.set(
      name,
      response.body().then(
        (body) => (isScript ? sized(name, body) : { name, raw: body.length, gzip: body.length }),
        // A body the browser no longer holds (a navigation away): fetch it again here.
        () =>
          fetch(response.url())
            .then((r) => r.arrayBuffer())
            .then((b) => sized(name, new Uint8Array(b)))
            .catch(() => undefined),
      ),
    );
  };
  page.on('response', onResponse);
  try {
    await page.goto(url, { waitUntil: 'networkidle', timeout });
    const inline = await page.evaluate(() =>
      [...document.scripts]
        .filter((s) => !s.src)
        .map((s) => ({ type: s.getAttribute('type'), text: s.text })),
    );
    const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
    const fetched = /** @type {Sized[]} */ ((await Promise.all(scripts.values())).filter(Boolean));
    const items = [
      ...fetched,
      ...inline
        .filter((s) => isJsType(s.type))
        .map((s, i) => sized(`inline <script> ${i + 1}`, s.text)),
    ];
    const fontList = /** @type {Sized[]} */ ((await Promise.all(fonts.values())).filter(Boolean));
    const { raw, gzip } = sum(items);
    return { total: gzip, raw, items, dom, fonts: fontList };
  } finally {
    page.off('response', onResponse);
  }
}
