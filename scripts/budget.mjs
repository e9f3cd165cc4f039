// `npm run budget`: a benchmark, not a test. For every page of the build it prints HTML/CSS/JS
// bytes (raw and gzip) and Lighthouse 12 mobile scores, run against the built site served
// locally with gzip as a real host serves it (scripts/lib/serve-dist.mjs), in Debian's (or
// CHROMIUM_PATH's) Chromium. Build first: `npm run build`.
//   npm run budget -- /chapters/chain-rule/ /book/   only the pages whose path contains one of these
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from './find-browser.mjs';
import { serveDist } from './lib/serve-dist.mjs';
import { distExists, pageAssets, pagesIn, total } from './page-assets.mjs';

const port = Number(process.env.BUDGET_PORT ?? 0); // 0: any free port
const filters = process.argv.slice(2);
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

const server = await serveDist({ dir: 'dist', port });
const base = server.origin;
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
const rows = [];
try {
  const paths = pagesIn('dist').filter(
    (p) => !filters.length || filters.some((f) => p.includes(f)),
  );
  for (const path of paths) {
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
  await server.close();
}
console.log(
  `\n${rows.length} pages; Lighthouse mobile (simulated throttling), median of ${runs} run(s), ${chromePath}; served gzipped.`,
);
