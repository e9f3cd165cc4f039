// `npm run budget`: a benchmark, not a test (it fails only when it cannot measure, never on a
// figure). The built site is served gzipped, as a real host serves it (scripts/lib/serve-dist.mjs),
// and for every page it prints one line:
//   HTML, CSS, JS (gzip/raw, kB): the files the page references (scripts/page-assets.mjs);
//   font (gzip/raw, kB): the fonts the page fetched in Chromium (woff2 is sent as is);
//   JS@load (kB gzip): every script fetched until the network is idle, plus inline scripts
//     (scripts/lib/js-at-load.mjs), the measure issue 13's goal and the budget test use;
//   DOM: elements after the network is idle;
//   Lighthouse 12 mobile (simulated throttling) Performance, A11y, Best practices, SEO, FCP,
//     LCP, TBT, CLS: each the median of BUDGET_RUNS runs (default 3; 0 skips Lighthouse).
// In Debian's (or CHROMIUM_PATH's) Chromium. Build first: `npm run build`.
//   npm run budget -- /chapters/chain-rule/ /book/   only pages whose path contains one of these
//   npm run budget -- --json budget.json             also writes every figure as JSON
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './find-browser.mjs';
import { formatTable, lighthouseFigures, median, medianFigures } from './lib/budget-figures.mjs';
import { measureJsAtLoad, sum } from './lib/js-at-load.mjs';
import { serveDist } from './lib/serve-dist.mjs';
import { distExists, pageAssets, pagesIn, total } from './page-assets.mjs';

const fail = (/** @type {string} */ message) => {
  console.error(message);
  process.exit(1);
};

const { values, positionals: filters } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'string' } },
});
const runs = Number(process.env.BUDGET_RUNS ?? 3);
if (!Number.isInteger(runs) || runs < 0) fail(`BUDGET_RUNS must be a whole number ≥ 0.`);
const port = Number(process.env.BUDGET_PORT ?? 0); // 0: any free port
if (!distExists()) fail('dist/ is missing: run `npm run build` first.');
const chromePath = findChromium();
if (!chromePath)
  fail('No Chromium: install one or set CHROMIUM_PATH (see scripts/ensure-browser.mjs).');
const paths = pagesIn('dist').filter((p) => !filters.length || filters.some((f) => p.includes(f)));
if (!paths.length) fail(`No page of dist/ matches ${filters.join(' ')}.`);

const server = await serveDist({ dir: 'dist', port });
const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
const chrome = runs
  ? await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs] })
  : undefined;
/** @type {import('./lib/budget-figures.mjs').Row[]} */
const rows = [];
/** @type {object[]} */
const details = [];
try {
  for (const path of paths) {
    const url = `${server.origin}${path}`;
    const a = pageAssets('dist', path);
    /** @type {import('./lib/budget-figures.mjs').Row} */
    const row = {
      path,
      html: { raw: a.html.raw, gzip: a.html.gzip },
      css: total(a.css),
      js: total(a.js),
      fonts: { raw: NaN, gzip: NaN },
      jsAtLoad: undefined,
      dom: undefined,
      lighthouse: undefined,
    };
    const detail = { path, assets: a, jsAtLoad: {}, lighthouseRuns: [], belowFull: {} };
    try {
      const m = await measureJsAtLoad(url, { browser });
      Object.assign(row, { fonts: sum(m.fonts), jsAtLoad: m.total, dom: m.dom });
      detail.jsAtLoad = m;
      if (chrome) {
        const results = [];
        for (let i = 0; i < runs; i++) {
          const r = await lighthouse(url, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          });
          if (r) results.push(r.lhr);
        }
        const figures = results.map(lighthouseFigures);
        row.lighthouse = medianFigures(figures);
        detail.lighthouseRuns = figures;
        // The failing audits of the run whose Performance is nearest the median.
        const mid = median(figures.map((f) => f.performance));
        const lhr = results
          .map((l, i) => ({ l, d: Math.abs((figures[i]?.performance ?? NaN) - mid) }))
          .sort((x, y) => x.d - y.d)[0]?.l;
        detail.belowFull = lhr ? belowFull(lhr) : {};
      }
    } catch (error) {
      row.error = String(error instanceof Error ? error.message : error).split('\n')[0];
      process.exitCode = 1; // not a figure: the page could not be measured
    }
    rows.push(row);
    details.push(detail);
    console.error(`measured ${path}${row.error ? ` (error: ${row.error})` : ''}`);
  }
} finally {
  chrome?.kill();
  await browser.close();
  await server.close();
}

console.log(formatTable(rows));
console.log(
  `\n${rows.length} pages, served gzipped. Bytes: gzip/raw kB. JS@load: kB gzip, every script ` +
    `fetched until network idle + inline.\nLighthouse 12 mobile (simulated throttling): ` +
    (runs ? `median of ${runs} run(s) per figure.` : 'skipped (BUDGET_RUNS=0).') +
    ` ${chromePath}`,
);
for (const d of details) {
  for (const [k, audits] of Object.entries(d.belowFull))
    console.log(`  ${d.path} ${k} below 100: ${audits.join(', ')}`);
}
for (const r of rows) if (r.error) console.log(`  ${r.path}: not measured: ${r.error}`);
if (values.json) {
  const n = (/** @type {number} */ x) => (Number.isFinite(x) ? x : null);
  const json = rows.map((r, i) => ({
    ...r,
    fonts: { raw: n(r.fonts.raw), gzip: n(r.fonts.gzip) },
    lighthouse:
      r.lighthouse && Object.fromEntries(Object.entries(r.lighthouse).map(([k, v]) => [k, n(v)])),
    detail: details[i],
  }));
  writeFileSync(
    values.json,
    JSON.stringify(
      { runs, browser: chromePath, date: new Date().toISOString(), pages: json },
      null,
      2,
    ) + '\n',
  );
  console.log(`Figures written to ${values.json}.`);
}

/** Categories below 100 and their failing audits, from one Lighthouse result. */
function belowFull(/** @type {any} */ lhr) {
  /** @type {Record<string, string[]>} */
  const out = {};
  for (const [k, cat] of Object.entries(lhr.categories ?? {})) {
    if (/** @type {any} */ (cat.score ?? 0) >= 1) continue;
    out[k] = /** @type {any} */ (cat).auditRefs
      .map((/** @type {any} */ r) => lhr.audits[r.id])
      .filter(
        (/** @type {any} */ au) =>
          au && au.score !== null && au.score < 1 && au.scoreDisplayMode !== 'informative',
      )
      .slice(0, 8)
      .map((/** @type {any} */ au) => `${au.id} (${au.displayValue ?? au.score})`);
  }
  return out;
}
