// The pure part of `npm run budget`: medians of Lighthouse runs and the one-line-per-page table.

/** The median of the finite numbers in a list (mean of the middle two when even); NaN if none. */
export function median(/** @type {readonly (number | null | undefined)[]} */ values) {
  const xs = /** @type {number[]} */ (values.filter((v) => Number.isFinite(v))).sort(
    (a, b) => a - b,
  );
  if (!xs.length) return NaN;
  const mid = xs.length >> 1;
  return xs.length % 2
    ? /** @type {number} */ (xs[mid])
    : ((xs[mid - 1] ?? 0) + (xs[mid] ?? 0)) / 2;
}

/** @typedef {{ performance: number, accessibility: number, bestPractices: number, seo: number,
 *   fcp: number, lcp: number, tbt: number, cls: number }} LighthouseFigures
 *   scores 0–100; FCP, LCP, TBT in ms; CLS unitless; NaN when Lighthouse gave none */

/** The figures of one Lighthouse result (its `lhr`). */
export function lighthouseFigures(/** @type {any} */ lhr) {
  const score = (/** @type {string} */ k) => {
    const s = lhr?.categories?.[k]?.score;
    return typeof s === 'number' ? Math.round(s * 100) : NaN;
  };
  const value = (/** @type {string} */ id) => {
    const v = lhr?.audits?.[id]?.numericValue;
    return typeof v === 'number' ? v : NaN;
  };
  return /** @type {LighthouseFigures} */ ({
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  });
}

/** Each figure's median over runs, taken figure by figure. */
export function medianFigures(/** @type {readonly LighthouseFigures[]} */ runs) {
  const keys = /** @type {(keyof LighthouseFigures)[]} */ ([
    'performance',
    'accessibility',
    'bestPractices',
    'seo',
    'fcp',
    'lcp',
    'tbt',
    'cls',
  ]);
  return /** @type {LighthouseFigures} */ (
    Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]))
  );
}

/** @typedef {{ raw: number, gzip: number }} Bytes */
/**
 * @typedef {{ path: string, html: Bytes, css: Bytes, js: Bytes, fonts: Bytes,
 *   jsAtLoad: number | undefined, dom: number | undefined,
 *   lighthouse: LighthouseFigures | undefined, error?: string }} Row
 */

const kB = (/** @type {number | undefined} */ n) =>
  n === undefined || !Number.isFinite(n) ? '—' : (n / 1000).toFixed(1);
const int = (/** @type {number | undefined} */ n) =>
  n === undefined || !Number.isFinite(n) ? '—' : String(Math.round(n));
const sec = (/** @type {number | undefined} */ ms) =>
  ms === undefined || !Number.isFinite(ms) ? '—' : (ms / 1000).toFixed(1);
const bytes = (/** @type {Bytes} */ b) => `${kB(b.gzip)}/${kB(b.raw)}`;

/**
 * One line per page, aligned: bytes in kB as gzip/raw, JS at load in kB gzip, scores 0–100,
 * FCP and LCP in s, TBT in ms, CLS to 3 places; "—" where there is no figure.
 * @param {readonly Row[]} rows @returns {string}
 */
export function formatTable(rows) {
  const head = [
    'page',
    'HTML kB',
    'CSS kB',
    'JS kB',
    'font kB',
    'JS@load',
    'DOM',
    'Perf',
    'A11y',
    'BP',
    'SEO',
    'FCP s',
    'LCP s',
    'TBT ms',
    'CLS',
  ];
  const lines = rows.map((r) => {
    const l = r.lighthouse;
    return [
      r.path,
      bytes(r.html),
      bytes(r.css),
      bytes(r.js),
      bytes(r.fonts),
      kB(r.jsAtLoad),
      int(r.dom),
      int(l?.performance),
      int(l?.accessibility),
      int(l?.bestPractices),
      int(l?.seo),
      sec(l?.fcp),
      sec(l?.lcp),
      int(l?.tbt),
      l && Number.isFinite(l.cls) ? l.cls.toFixed(3) : '—',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((c) => (c[i] ?? '').length)));
  const fmt = (/** @type {string[]} */ cells) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [fmt(head), ...lines.map(fmt)].join('\n');
}
