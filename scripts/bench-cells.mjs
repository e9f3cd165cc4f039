// Latency of a cell edit in Chromium: from dispatching an `input` event to the updated DOM
// (the element recomputes and re-renders synchronously), and the same plus style and layout.
// Prints median and p95 over many edits for the shopping graph and the 8 × 8 matrix cell.
// The matrix cell lives in the kit's gallery (/dev/cells/), a test fixture that only the test
// build has: this builds dist/ with BP_TEST_FIXTURES=1 first, as `npm test` does.
// Usage: node scripts/bench-cells.mjs [edits=300] [--no-build]
//   --no-build   measure the existing dist/ (builds anyway if it has no gallery)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './find-browser.mjs';
import { serveDist } from './lib/serve-dist.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'no-build': { type: 'boolean', default: false } },
});
const EDITS = Math.max(200, Number(positionals[0] ?? 300));
if (!values['no-build'] || !existsSync('dist/dev/cells/index.html')) {
  console.log('▶ BP_TEST_FIXTURES=1 npm run build');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BP_TEST_FIXTURES: '1' };
  const { status } = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}

const server = await serveDist({ dir: 'dist', port: Number(process.env.BENCH_PORT ?? 0) });
const base = server.origin;
try {
  const executablePath = findChromium();
  const browser = await chromium.launch({
    args: chromiumArgs,
    ...(executablePath ? { executablePath } : {}),
  });
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const cases = [
    [
      'shopping graph (5 inputs, 9-edge SVG)',
      '/chapters/computational-graphs/',
      '#shopping-applePrice',
      'bp-shopping',
    ],
    [
      '8 × 8 matrix cell (128 inputs, 129 outputs)',
      '/dev/cells/',
      '#matrix input.bp-matrix-entry',
      'bp-kit-matrix',
    ],
  ];
  const [load1] = loadavg();
  console.log(`Cell edit latency in Chromium, ${EDITS} edits each (after 30 warm-up edits);`);
  console.log(`machine: ${cpus().length} cores, load average ${load1.toFixed(1)} at start`);
  for (const [name, path, selector, tag] of cases) {
    await page.goto(base + path, { timeout: 120_000 });
    // Cells upgrade when they come near the viewport (src/widgets/cell-loader.ts): scroll there.
    await page.locator(selector).first().scrollIntoViewIfNeeded();
    await page.locator(`${tag}.bp-upgraded`).first().waitFor({ timeout: 120_000 });
    const r = await page.evaluate(measure, { selector, edits: EDITS });
    console.log(`  ${name}`);
    console.log(
      `    input → DOM updated:          median ${ms(r.dom.median)}, p95 ${ms(r.dom.p95)}, mean ${ms(r.dom.mean)}, min ${ms(r.dom.min)}`,
    );
    console.log(
      `    input → DOM + style + layout: median ${ms(r.layout.median)}, p95 ${ms(r.layout.p95)}, mean ${ms(r.layout.mean)}, min ${ms(r.layout.min)}`,
    );
  }
  console.log(
    '  (performance.now() is coarsened to 0.1 ms in a page that is not cross-origin isolated;',
  );
  console.log('   the mean is total time / edits and so is not coarsened. On a busy machine the');
  console.log('   minimum is the best estimate of the uncontended cost.)');
  await browser.close();
} finally {
  await server.close();
}

/** Runs in the page: edits the input, timing the synchronous handler and a forced layout. */
function measure({ selector, edits }) {
  const input = document.querySelector(selector);
  const dom = [];
  const layout = [];
  const edit = (i) => {
    input.value = String(100 + (i % 37) / 4);
    const t0 = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const t1 = performance.now();
    document.body.getBoundingClientRect(); // forces style and layout of the new DOM
    const t2 = performance.now();
    return [t1 - t0, t2 - t0];
  };
  for (let i = 0; i < 30; i++) edit(i);
  for (let i = 0; i < edits; i++) {
    const [a, b] = edit(i);
    dom.push(a);
    layout.push(b);
  }
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
    return {
      min: s[0],
      median: at(0.5),
      p95: at(0.95),
      mean: s.reduce((a, b) => a + b, 0) / s.length,
    };
  };
  return { dom: stats(dom), layout: stats(layout) };
}

function ms(x) {
  return `${x.toFixed(2)} ms`;
}
