// Where the main thread goes while a page loads: a Chromium trace of a cold load with the CPU
// throttled 4× (as Lighthouse mobile simulates), summed by kind (style recalc, layout, paint,
// script, parse), plus the DOM's weight by part (KaTeX HTML and MathML, cells, SVG, code). Style
// and layout dominate this book (issue 13), so this is what to look at before changing CSS or
// markup. Figures are printed; nothing is asserted. Median of N runs per figure.
//
//   node scripts/profile-page.mjs [paths…] [--runs 3] [--cpu 4] [--dir dist] [--json]
//   node scripts/profile-page.mjs /chapters/affine-and-softmax/ /book/
//
// `--selectors` also records Chromium's CSS selector statistics (slow; only for one run) and
// prints the selectors that cost most in style recalc.
import { chromium } from 'playwright-core';
import { parseArgs } from 'node:util';
import { findChromium, chromiumArgs } from './find-browser.mjs';
import { serveDist } from './lib/serve-dist.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3' },
    cpu: { type: 'string', default: '4' },
    dir: { type: 'string', default: 'dist' },
    json: { type: 'boolean', default: false },
    selectors: { type: 'boolean', default: false },
  },
});
const paths = positionals.length ? positionals : ['/chapters/affine-and-softmax/', '/book/'];
const runs = Number(values.runs);

/** Trace event names, grouped as the performance panel groups them. */
const KINDS = {
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'PaintImage', 'RasterTask', 'UpdateLayer'],
  script: ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'TimerFire'],
  parse: ['ParseHTML'],
};
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  ...(values.selectors ? ['disabled-by-default-blink.debug'] : []),
];

/**
 * Sum of the top-level durations (a span nested in one of its own kind counts once), in ms, per
 * kind, over every renderer main thread: a navigation may move the page to a new renderer.
 */
function summarise(events) {
  const totals = Object.fromEntries(Object.keys(KINDS).map((k) => [k, 0]));
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => mains.has(`${e.pid}:${e.tid}`));
  for (const [kind, names] of Object.entries(KINDS)) {
    const spans = onMain
      .filter((e) => e.ph === 'X' && names.includes(e.name))
      .map((e) => [`${e.pid}:${e.tid}`, e.ts, e.ts + (e.dur ?? 0)])
      .sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1));
    let thread = '';
    let end = -Infinity;
    for (const [t, s, e] of spans) {
      if (t !== thread) [thread, end] = [t, -Infinity];
      if (e <= end) continue; // nested in a span already counted
      totals[kind] += (e - Math.max(s, end)) / 1000;
      end = e;
    }
  }
  const styles = onMain.filter((e) => e.name === 'UpdateLayoutTree');
  const layouts = onMain.filter((e) => e.name === 'Layout');
  return {
    ...totals,
    layouts: layouts.length,
    styleRecalcs: styles.length,
    // Work done, independent of how busy the machine is: elements whose style was computed and
    // layout objects that were dirty, summed over every recalc and layout.
    styled: styles.reduce((n, e) => n + (e.args?.elementCount ?? 0), 0),
    laidOut: layouts.reduce((n, e) => n + (e.args?.beginData?.dirtyObjects ?? 0), 0),
  };
}

/** Selector statistics: Chromium attaches them to UpdateLayoutTree under `selector_stats`. */
function selectorCosts(events) {
  const costs = new Map();
  for (const e of events) {
    const rows = e.args?.selector_stats?.selector_timings;
    if (!rows) continue;
    for (const r of rows) {
      const key = r.selector;
      const c = costs.get(key) ?? { us: 0, matches: 0, attempts: 0 };
      c.us += r['elapsed (us)'] ?? 0;
      c.matches += r.match_count ?? 0;
      c.attempts += r.match_attempts ?? 0;
      costs.set(key, c);
    }
  }
  return [...costs].sort((a, b) => b[1].us - a[1].us).slice(0, 25);
}

/** The DOM's weight by part, counted in the page. */
const domWeight = () => {
  const count = (sel) =>
    [...document.querySelectorAll(sel)].reduce(
      (n, el) => n + el.getElementsByTagName('*').length + 1,
      0,
    );
  return {
    all: document.getElementsByTagName('*').length,
    katexHtml: count('.katex-html'),
    katexMathml: count('.katex-mathml'),
    formulas: document.querySelectorAll('.katex').length,
    cells: count('.bp-cell'),
    svg: count('svg'),
    code: count('pre'),
    tables: count('table'),
  };
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function profile(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.cpu) });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES },
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await done;
  const dom = await page.evaluate(domWeight);
  await context.close();
  return { ...summarise(events), dom, selectors: values.selectors ? selectorCosts(events) : [] };
}

const server = await serveDist({ dir: values.dir });
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const results = [];
try {
  for (const path of paths) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await profile(browser, server.origin + path));
    const pick = (k) => median(samples.map((s) => s[k]));
    const r = {
      path,
      style: pick('style'),
      layout: pick('layout'),
      paint: pick('paint'),
      script: pick('script'),
      parse: pick('parse'),
      styleRecalcs: pick('styleRecalcs'),
      layouts: pick('layouts'),
      styled: pick('styled'),
      laidOut: pick('laidOut'),
      dom: samples.map((s) => s.dom).reduce((a, b) => (b.all > a.all ? b : a)),
      selectors: samples[0].selectors,
    };
    results.push(r);
  }
} finally {
  await browser.close();
  await server.close();
}

if (values.json) console.log(JSON.stringify(results, null, 2));
else {
  const ms = (x) => `${Math.round(x)} ms`.padStart(8);
  console.log(`CPU ×${values.cpu}, median of ${runs}; main-thread time by kind during a cold load`);
  console.log(
    'page'.padEnd(34) + 'style'.padStart(8) + 'layout'.padStart(8) + 'paint'.padStart(8),
    'script'.padStart(7) + 'parse'.padStart(8) + '  recalcs/layouts  styled/laid-out objects',
  );
  for (const r of results) {
    console.log(
      r.path.padEnd(34) + ms(r.style) + ms(r.layout) + ms(r.paint),
      ms(r.script) +
        ms(r.parse) +
        `  ${r.styleRecalcs}/${r.layouts}`.padEnd(17) +
        `${r.styled}/${r.laidOut}`,
    );
  }
  console.log('\nDOM elements by part (an element may count in two parts: a table in a cell)');
  for (const r of results) console.log(r.path.padEnd(34), JSON.stringify(r.dom));
  for (const r of results.filter((x) => x.selectors.length)) {
    console.log(`\nCostliest selectors on ${r.path} (µs, matches/attempts):`);
    for (const [sel, c] of r.selectors)
      console.log(`${String(Math.round(c.us)).padStart(8)}  ${c.matches}/${c.attempts}  ${sel}`);
  }
}
