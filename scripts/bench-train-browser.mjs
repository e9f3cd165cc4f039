// Training in the reader's browser, measured (issue 15's numbers; figures, not a test):
// in Chromium, on the trainer's fixture page (/dev/trainer/, test build), the seconds from
// pressing Train to spiral train accuracy ≥ 97 % and to digits test accuracy ≥ 95 %, the
// worker's steps per second at batch 100, 64–50–10 (digits' defaults; the worker's ~10
// summaries a second included), and the page's long tasks (> 50 ms) while training; then the
// same loop in Node on src/core (scripts/lib/train-node-loop.ts), in the same run.
// Usage: node scripts/bench-train-browser.mjs [runs=3] [--no-build]
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
const RUNS = Math.max(1, Number(positionals[0] ?? 3));
if (!values['no-build'] || !existsSync('dist/dev/trainer/index.html')) {
  console.log('▶ BP_TEST_FIXTURES=1 npm run build');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BP_TEST_FIXTURES: '1' };
  const { status } = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}

/** Watches the page: when a stat first reaches a value, and every long task. */
function installProbes() {
  const w = /** @type {any} */ (window);
  w.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__long.push(e.duration);
  }).observe({ type: 'longtask' });
  const el = document.querySelector('bp-trainer');
  w.__when = (stat, atLeast) =>
    new Promise((resolve) => {
      const dd = el.querySelector(`[data-stat="${stat}"]`);
      const check = () => {
        const v = Number(dd.dataset.value ?? 0);
        if (v >= atLeast) {
          obs.disconnect();
          resolve(performance.now());
        }
      };
      const obs = new MutationObserver(check);
      obs.observe(dd, { attributes: true, childList: true, characterData: true, subtree: true });
      check();
    });
  w.__step = () => Number(el.querySelector('[data-stat="step"]').dataset.value ?? 0);
}

async function oneRun(page, base) {
  await page.goto(`${base}/dev/trainer/`);
  const trainer = page.locator('bp-trainer');
  await trainer.scrollIntoViewIfNeeded();
  await page.waitForSelector('bp-trainer.bp-upgraded');
  // The worker's network is ready when the step inspector shows.
  await page.waitForSelector('bp-trainer [data-inspector]:not([hidden])');
  await page.evaluate(installProbes);
  const pause = trainer.getByRole('button', { name: 'Pause' });

  // Spiral (the default): press Train, wait for train accuracy ≥ 97 %.
  const spiral = await page.evaluate(async () => {
    const w = /** @type {any} */ (window);
    const reached = w.__when('train', 0.97);
    const t0 = performance.now();
    document.querySelector('bp-trainer [data-action="train"]').click();
    const t1 = await Promise.race([reached, new Promise((r) => setTimeout(() => r(NaN), 60_000))]);
    return { seconds: (t1 - t0) / 1000, steps: w.__step() };
  });
  await pause.click();

  // Digits: select, wait for its data, press Train, wait for test accuracy ≥ 95 %; the page's
  // main-thread busy time over that window comes from Chromium's own counters (CDP).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return { task: m.TaskDuration, script: m.ScriptDuration, at: m.Timestamp };
  };
  await trainer.getByLabel('Data set').selectOption('digits');
  await page.waitForFunction(() =>
    document.querySelector('bp-trainer [data-status]')?.textContent?.includes('digits'),
  );
  await page.waitForFunction(
    () => document.querySelector('[data-stat="step"]')?.textContent === '0',
  );
  const before = await busy();
  const digits = await page.evaluate(async () => {
    const w = /** @type {any} */ (window);
    w.__long.length = 0;
    const reached = w.__when('test', 0.95);
    const t0 = performance.now();
    document.querySelector('bp-trainer [data-action="train"]').click();
    const t1 = await Promise.race([reached, new Promise((r) => setTimeout(() => r(NaN), 60_000))]);
    const s1 = w.__step();
    const at1 = performance.now();
    await new Promise((r) => setTimeout(r, 4000));
    const rate = (w.__step() - s1) / ((performance.now() - at1) / 1000);
    return { seconds: (t1 - t0) / 1000, steps: s1, rate, long: [...w.__long] };
  });
  const after = await busy();
  await pause.click();
  const seconds = after.at - before.at;
  const mainThread = {
    task: (after.task - before.task) / seconds,
    script: (after.script - before.script) / seconds,
  };
  return { spiral, digits, mainThread };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'not reached');

const server = await serveDist({ dir: 'dist', port: Number(process.env.BENCH_PORT ?? 0) });
try {
  const executablePath = findChromium();
  const browser = await chromium.launch({
    args: chromiumArgs,
    ...(executablePath ? { executablePath } : {}),
  });
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    runs.push(await oneRun(page, server.origin));
    await page.close();
  }
  await browser.close();
  console.log(
    `\nChromium (${RUNS} runs, median; ${cpus().length} cores, load ${loadavg()[0].toFixed(2)})`,
  );
  console.log(
    `  spiral: train ≥ 97 % after ${f(median(runs.map((r) => r.spiral.seconds)))} s (steps: ${runs.map((r) => r.spiral.steps).join(', ')})`,
  );
  console.log(
    `  digits: test ≥ 95 % after ${f(median(runs.map((r) => r.digits.seconds)))} s (steps: ${runs.map((r) => r.digits.steps).join(', ')})`,
  );
  console.log(
    `  worker: ${f(median(runs.map((r) => r.digits.rate)), 0)} steps/s at batch 100, 64–50–10 (summaries included)`,
  );
  const long = runs.flatMap((r) => r.digits.long);
  console.log(
    `  main thread while training digits: ${long.length} long tasks > 50 ms${long.length ? ` (longest ${f(Math.max(...long), 0)} ms)` : ''}`,
  );
  const share = (k) => f(100 * median(runs.map((r) => r.mainThread[k])), 1);
  console.log(
    `  main thread busy: ${share('task')} % of the time in tasks, ${share('script')} % running script`,
  );

  const node = spawnSync('npx', ['vite-node', 'scripts/lib/train-node-loop.ts'], {
    encoding: 'utf8',
  });
  if (node.status !== 0) throw new Error(node.stderr);
  const n = JSON.parse(node.stdout.trim().split('\n').at(-1));
  console.log(`\nNode ${process.version}, the same loop on src/core`);
  console.log(`  ${f(n.digitsStepsPerSecond, 0)} steps/s at batch 100, 64–50–10 (no summaries)`);
  console.log(
    `  digits: test ≥ 95 % after ${n.digitsTo95 ? `${f(n.digitsTo95.seconds)} s, ${n.digitsTo95.steps} steps` : 'not reached'} (evaluated every 25 steps)`,
  );
  console.log(
    `  spiral: train ≥ 97 % after ${n.spiralTo97 ? `${f(n.spiralTo97.seconds)} s, ${n.spiralTo97.steps} steps` : 'not reached'} (evaluated every 25 steps)`,
  );
} finally {
  await server.close();
}
