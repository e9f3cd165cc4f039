// `npm run bench:pdf`: time and peak memory to produce the whole-book PDF from a built dist/
// (run `npm run build` first; building is timed by the build itself, not here). Runs the
// print in a child process and samples the memory of it and every process it starts
// (Chromium's browser, renderer and GPU processes) from /proc every 100 ms. Memory is the
// sum of PSS (proportional set size: shared pages split between the processes sharing
// them), so the figure is what the tree really occupies, not RSS counted once per process.
//   --runs <n>   repeat and report each run and the median (default 3)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs) || 3);
if (!existsSync('dist/book/index.html')) {
  console.error('dist/book/index.html is missing: run `npm run build` first.');
  process.exit(1);
}
if (!existsSync('/proc/self/status')) console.warn('No /proc: memory will read 0.');

/** pid → parent pid, for every process we can see. */
function processTable() {
  const parent = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) follows the parenthesised command name, which may contain spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(name), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  return parent;
}

/** Summed proportional set size (bytes) of `root` and all its descendants. */
function treePss(root) {
  const parent = processTable();
  let total = 0;
  for (const pid of parent.keys()) {
    let p = pid;
    while (p && p !== root && p !== 1) p = parent.get(p);
    if (p !== root) continue;
    try {
      const kb = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // Gone.
    }
  }
  return total;
}

function once() {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('node', ['scripts/pdf.mjs', '--no-build'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treePss(child.pid))), 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      const secs = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`scripts/pdf.mjs exited ${code}\n${out}`));
      const print = Number(/passes, ([\d.]+) s/.exec(out)?.[1] ?? NaN);
      resolve({ secs, print, peak, passes: /(\d+) passes/.exec(out)?.[1] ?? '?' });
    });
  });
}

const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
const results = [];
for (let i = 1; i <= runs; i++) {
  const r = await once();
  results.push(r);
  console.log(
    `run ${i}: ${r.secs.toFixed(2)} s (printing ${r.print.toFixed(2)} s in ${r.passes} passes), ` +
      `peak memory ${mb(r.peak)}`,
  );
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pdf = statSync('dist/backprop-by-hand.pdf');
const pages = /\/Type\s*\/Page[^s]/g;
const count = (readFileSync('dist/backprop-by-hand.pdf', 'latin1').match(pages) ?? []).length;
console.log(
  `whole-book PDF: median ${median(results.map((r) => r.secs)).toFixed(2)} s ` +
    `(printing ${median(results.map((r) => r.print)).toFixed(2)} s), ` +
    `peak memory ${mb(median(results.map((r) => r.peak)))} (median of ${runs}); ` +
    `${count} pages, ${(pdf.size / 1e6).toFixed(2)} MB`,
);
