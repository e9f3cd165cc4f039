// `npm run budget`: a benchmark, not a test. For every page of the build it prints HTML/CSS/JS
// bytes (raw and gzip) and Lighthouse 12 mobile scores, run against the built site served
// locally, in Debian's (or CHROMIUM_PATH's) Chromium. Build first: `npm run build`.
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './find-browser.mjs';
import { distExists, pageAssets, pagesIn, total } from './page-assets.mjs';

globalThis.__playwrightCore = { chromium };
const port = Number(process.env.BUDGET_PORT ?? 4330);
const base = `http://127.0.0.1:${port}`;
const runs = Math.max(1, Number(process.env.BUDGET_RUNS ?? 1));
const kb = (n) => (n / 1000).toFixed(1).padStart(6);

if (!distExists()) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const chromePath = findChromium();
if (!chromePath) {
  console.error('No Chromium: install one or set CHROMIUM_PATH (see scripts/ensure-browser.mjs).');
  process.exit(1);
}

async function serve() {
  const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base + '/')).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not start on ${base}`);
}

const server = await serve();
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
const rows = [];
try {
  for (const path of pagesIn('dist')) {
    const a = pageAssets('dist', path);
    // Lighthouse advises the median of several runs on a busy machine: BUDGET_RUNS=5.
    const results = [];
    for (let i = 0; i < runs; i++) {
      results.push(
        await lighthouse(`${base}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        }),
      );
    }
    const perf = (r) => r?.lhr.categories['performance']?.score ?? 0;
    const result = results.sort((x, y) => perf(x) - perf(y))[Math.floor(runs / 2)];
    const c = result?.lhr.categories ?? {};
    const score = (k) => String(Math.round((c[k]?.score ?? 0) * 100)).padStart(4);
    rows.push({ path, a, score });
    const [css, js] = [total(a.css), total(a.js)];
    console.log(
      `${path.padEnd(40)} HTML ${kb(a.html.raw)} /${kb(a.html.gzip)} kB  CSS ${kb(css.raw)} /${kb(css.gzip)} kB  ` +
        `JS ${kb(js.raw)} /${kb(js.gzip)} kB  (raw / gzip)  ` +
        `LH perf ${score('performance')} a11y ${score('accessibility')} bp ${score('best-practices')} seo ${score('seo')}`,
    );
    for (const [k, cat] of Object.entries(c)) {
      if ((cat.score ?? 0) < 1) {
        const failing = cat.auditRefs
          .map((r) => result.lhr.audits[r.id])
          .filter(
            (au) =>
              au && au.score !== null && au.score < 1 && au.scoreDisplayMode !== 'informative',
          )
          .map((au) => `${au.id} (${au.displayValue ?? au.score})`);
        console.log(`    ${k} below 100: ${failing.slice(0, 8).join(', ')}`);
      }
    }
  }
} finally {
  chrome.kill();
  try {
    process.kill(-server.pid);
  } catch {
    server.kill();
  }
}
console.log(
  `\n${rows.length} pages; Lighthouse mobile (simulated throttling), median of ${runs} run(s), ${chromePath}.`,
);
