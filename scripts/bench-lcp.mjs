// `npm run bench:lcp`: how soon our heaviest chapter paints, against the same chapter published
// the way the source post's blog does it (client-side MathJax 3). A benchmark, not a test: it
// prints figures and fails only when it cannot measure.
//
// Both pages are served gzipped by scripts/lib/serve-dist.mjs from one folder: ours is the built
// chapter as is; the MathJax page is made here from the same HTML, each KaTeX formula replaced by
// its TeX source (KaTeX keeps it in <annotation encoding="application/x-tex">) as \(…\) or \[…\],
// the KaTeX stylesheet dropped, and MathJax's tex-chtml (the `mathjax` 3 devDependency, with its
// fonts) loaded from the same server. Each load is cold (a fresh browser context), in Chromium at
// a phone's viewport, with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), then again
// with the network also emulated at 1.6 Mbps / 150 ms RTT (Network.emulateNetworkConditions, as
// Lighthouse mobile). Median of RUNS loads (default 7) per page and condition, the pages
// alternating so that a busy machine slows both alike.
//   LCP, FCP: PerformanceObserver largest-contentful-paint / paint entries;
//   typeset: when the math is on screen: ours is rendered at build time, so the later of
//     DOMContentLoaded and first paint; MathJax's is when MathJax.startup.promise resolves;
//   bytes, JS: transfer sizes (as sent, gzipped) of everything fetched / of scripts, by the time
//     the page has typeset and the network is idle;
//   CLS: the layout shift of the whole load.
// Build first (`npm run build`).
// Usage: node scripts/bench-lcp.mjs [--runs 7] [--page /chapters/x/] [--dist dist]
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './find-browser.mjs';
import { serveDist } from './lib/serve-dist.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.RUNS ?? '7' },
    page: { type: 'string', default: '/chapters/affine-and-softmax/' },
    dist: { type: 'string', default: 'dist' },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const PAGE = values.page;
const DIST = resolve(values.dist);
const source = join(DIST, PAGE, 'index.html');
const MATHJAX_DIR = '/bench-mathjax/';

/** The same chapter as the source's blog publishes it: TeX in the page, MathJax 3 in the browser. */
function mathjaxPage(html) {
  const { document } = parseHTML(html);
  const tex = (el) =>
    el.querySelector('annotation[encoding="application/x-tex"]')?.textContent?.trim() ?? '';
  for (const el of document.querySelectorAll('.katex-display')) {
    el.replaceWith(document.createTextNode(`\\[${tex(el)}\\]`));
  }
  for (const el of document.querySelectorAll('.katex')) {
    el.replaceWith(document.createTextNode(`\\(${tex(el)}\\)`));
  }
  // Our pages carry a CSP <meta> with hashes of our inline scripts; MathJax's config would be
  // refused by it (a blog publishing with MathJax sets no such policy).
  for (const meta of document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')) {
    meta.remove();
  }
  for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
    if (/katex/i.test(link.getAttribute('href') ?? '')) link.remove();
  }
  for (const style of document.querySelectorAll('style')) {
    if (/\.katex\b/.test(style.textContent ?? '') && /KaTeX_/.test(style.textContent ?? ''))
      style.remove();
  }
  const config = document.createElement('script');
  config.textContent = `window.MathJax = { tex: { inlineMath: [['\\\\(', '\\\\)']] }, startup: {
    pageReady: () => MathJax.startup.defaultPageReady().then(() => { window.__typeset = performance.now(); }) } };`;
  const script = document.createElement('script');
  script.setAttribute('defer', '');
  script.setAttribute('id', 'MathJax-script');
  script.setAttribute('src', `${MATHJAX_DIR}es5/tex-chtml.js`);
  document.head.append(config, script);
  return '<!doctype html>\n' + document.documentElement.outerHTML;
}

/** A folder that serves dist/ as is, plus the MathJax page and MathJax itself. */
function benchRoot() {
  const root = mkdtempSync(join(tmpdir(), 'bp-bench-lcp-'));
  for (const entry of readdirSync(DIST)) symlinkSync(join(DIST, entry), join(root, entry));
  const mj = join(root, MATHJAX_DIR);
  mkdirSync(mj, { recursive: true });
  const require = createRequire(import.meta.url);
  symlinkSync(join(dirname(require.resolve('mathjax/package.json')), 'es5'), join(mj, 'es5'));
  writeFileSync(join(mj, 'index.html'), mathjaxPage(readFileSync(source, 'utf8')));
  return root;
}

// Runs in the page before its scripts: collects paint, LCP and layout-shift entries.
function observe() {
  const w = /** @type {any} */ (window);
  w.__lcp = 0;
  w.__cls = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) w.__cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

async function load(browser, url, network) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
  }
  await page.addInitScript(observe);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    const mathjax = await page.evaluate(() => 'MathJax' in window);
    if (mathjax)
      await page.waitForFunction(() => /** @type {any} */ (window).__typeset, null, {
        timeout: 180_000,
      });
    await page.waitForLoadState('networkidle', { timeout: 180_000 });
    return await page.evaluate((mathjax) => {
      const w = /** @type {any} */ (window);
      const nav = /** @type {PerformanceNavigationTiming} */ (
        performance.getEntriesByType('navigation')[0]
      );
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const resources = /** @type {PerformanceResourceTiming[]} */ (
        performance.getEntriesByType('resource')
      );
      const js = resources
        .filter((r) => r.initiatorType === 'script' || /\.m?js(\?|$)/.test(r.name))
        .reduce((t, r) => t + r.transferSize, 0);
      const bytes = resources.reduce((t, r) => t + r.transferSize, nav.transferSize);
      return {
        lcp: w.__lcp,
        fcp,
        typeset: mathjax ? w.__typeset : Math.max(nav.domContentLoadedEventEnd, fcp),
        bytes,
        js,
        cls: w.__cls,
      };
    }, mathjax);
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function main() {
  const executablePath = findChromium();
  const root = benchRoot();
  const server = await serveDist({ dir: root });
  const browser = await chromium.launch({
    args: chromiumArgs,
    ...(executablePath ? { executablePath } : {}),
  });
  const pages = [
    ['ours (KaTeX at build time)', `${server.origin}${PAGE}`],
    ['client-side MathJax 3', `${server.origin}${MATHJAX_DIR}`],
  ];
  const [load1] = loadavg();
  console.log(`LCP of ${PAGE}: ours against client-side MathJax 3, median of ${RUNS} cold loads`);
  console.log(`machine: ${cpus().length} cores, load average ${load1.toFixed(1)} at start`);
  try {
    for (const [label, network] of [
      ['CPU 4× slower', false],
      ['CPU 4× slower, network 1.6 Mbps / 150 ms RTT', true],
    ]) {
      /** @type {Record<string, any[]>} */
      const samples = Object.fromEntries(pages.map(([name]) => [name, []]));
      for (let i = 0; i < RUNS; i++) {
        for (const [name, url] of pages) samples[name].push(await load(browser, url, network));
      }
      console.log(`\n${label}`);
      console.log(
        '| page | LCP | FCP | math typeset | bytes (sent) | JS (sent) | CLS |\n| --- | --- | --- | --- | --- | --- | --- |',
      );
      for (const [name] of pages) {
        const m = (k) => median(samples[name].map((s) => s[k]));
        const s = (x) => `${(x / 1000).toFixed(2)} s`;
        const kb = (x) => `${(x / 1000).toFixed(1)} kB`;
        console.log(
          `| ${name} | ${s(m('lcp'))} | ${s(m('fcp'))} | ${s(m('typeset'))} | ${kb(m('bytes'))} | ${kb(m('js'))} | ${m('cls').toFixed(3)} |`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
