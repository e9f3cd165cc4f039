import { describe, expect, it } from 'vitest';
import {
  formatTable,
  lighthouseFigures,
  median,
  medianFigures,
} from '../../../scripts/lib/budget-figures.mjs';
import { gzipSize, isJsType, scriptName, sized, sum } from '../../../scripts/lib/js-at-load.mjs';
import { gzipSync, gunzipSync } from 'node:zlib';

describe('median', () => {
  it('takes the middle of an odd list and the mean of the middle two of an even one', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([90, 70])).toBe(80);
    expect(median([5])).toBe(5);
  });
  it('ignores missing figures and is NaN when none is left', () => {
    expect(median([NaN, 4, undefined, null, 6, 100])).toBe(6);
    expect(median([])).toBeNaN();
    expect(median([NaN])).toBeNaN();
  });
  it('does not reorder its argument', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

const lhr = (perf: number, fcp: number) => ({
  categories: {
    performance: { score: perf },
    accessibility: { score: 1 },
    'best-practices': { score: 0.96 },
    seo: { score: null },
  },
  audits: {
    'first-contentful-paint': { numericValue: fcp },
    'largest-contentful-paint': { numericValue: fcp + 500 },
    'total-blocking-time': { numericValue: 0 },
    'cumulative-layout-shift': { numericValue: 0.0123 },
  },
});

describe('Lighthouse figures', () => {
  it('reads scores as 0–100 and metrics as numbers, NaN where absent', () => {
    const f = lighthouseFigures(lhr(0.874, 1800));
    expect(f).toMatchObject({ performance: 87, accessibility: 100, bestPractices: 96 });
    expect(f.seo).toBeNaN();
    expect([f.fcp, f.lcp, f.tbt, f.cls]).toEqual([1800, 2300, 0, 0.0123]);
    expect(lighthouseFigures({}).performance).toBeNaN();
  });
  it('takes the median figure by figure', () => {
    const m = medianFigures(
      [lhr(0.9, 3000), lhr(0.5, 1000), lhr(0.7, 2000)].map(lighthouseFigures),
    );
    expect(m.performance).toBe(70);
    expect(m.fcp).toBe(2000);
    expect(m.lcp).toBe(2500);
  });
});

describe('gzip sizing', () => {
  it('is the length of a level-9 gzip of the body, for text and bytes alike', () => {
    const text = 'const x = 1;\n'.repeat(200);
    expect(gzipSize(text)).toBe(gzipSync(text, { level: 9 }).length);
    expect(gzipSize(Buffer.from(text))).toBe(gzipSize(text));
    expect(gunzipSync(gzipSync(text, { level: 9 })).toString()).toBe(text);
    expect(gzipSize(text)).toBeLessThan(text.length / 10);
  });
  it('sizes raw in bytes, not characters, and sums', () => {
    const a = sized('a', 'é');
    expect(a.raw).toBe(2);
    expect(sum([a, { name: 'b', raw: 10, gzip: 5 }])).toEqual({ raw: 12, gzip: a.gzip + 5 });
    expect(sum([])).toEqual({ raw: 0, gzip: 0 });
  });
});

describe('which scripts count', () => {
  it('counts classic and module scripts, not JSON, import maps or speculation rules', () => {
    for (const t of [null, '', 'module', 'text/javascript', 'application/javascript', ' MODULE '])
      expect(isJsType(t), String(t)).toBe(true);
    for (const t of ['application/json', 'application/ld+json', 'importmap', 'speculationrules'])
      expect(isJsType(t), t).toBe(false);
  });
  it('names a same-origin script by its path and another by its URL', () => {
    const page = 'http://127.0.0.1:4510/book/';
    expect(scriptName('http://127.0.0.1:4510/_astro/a.js?v=1', page)).toBe('/_astro/a.js?v=1');
    expect(scriptName('https://cdn.example/x.js', page)).toBe('https://cdn.example/x.js');
  });
});

describe('the table', () => {
  it('prints a header and one aligned line per page, with — for missing figures', () => {
    const bytes = { raw: 12_000, gzip: 4_400 };
    const out = formatTable([
      {
        path: '/',
        html: bytes,
        css: bytes,
        js: bytes,
        fonts: { raw: NaN, gzip: NaN },
        jsAtLoad: 1834,
        dom: 107,
        lighthouse: medianFigures([lighthouseFigures(lhr(0.99, 1234))]),
      },
      {
        path: '/chapters/chain-rule/',
        html: bytes,
        css: bytes,
        js: bytes,
        fonts: bytes,
        jsAtLoad: undefined,
        dom: undefined,
        lighthouse: undefined,
      },
    ]);
    const lines = out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^page\s+HTML kB\s+CSS kB\s+JS kB\s+font kB\s+JS@load\s+DOM\s+Perf/);
    expect(lines[1]).toMatch(
      /^\/\s+4\.4\/12\.0 .* —\/— +1\.8 +107 +99 +100 +96 +— +1\.2 +1\.7 +0 +0\.012$/,
    );
    expect(lines[2]).toMatch(
      /^\/chapters\/chain-rule\/ .* 4\.4\/12\.0 +— +— +— +— +— +— +— +— +— +—$/,
    );
    // Aligned: every line ends its DOM column at the same place.
    const domEnd = (lines[0] ?? '').indexOf('DOM') + 3;
    expect(lines[1]?.slice(domEnd - 3, domEnd)).toBe('107');
  });
});
