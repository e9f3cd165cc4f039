import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { bandScale, probabilityBarsSvg } from '../../../../src/render/plots/probability-bars';
import { probabilityBarsPlot } from '../../../../src/render/plots/probability-bars-plot';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  group: string;
}

/** Every bar of a chart with its geometry, and the text of its labels, read from the SVG. */
function read(svg: string): { bars: Box[]; texts: string[]; groups: number; roles: number } {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const bars = [...document.querySelectorAll('rect')].map((r) => ({
    x: Number(r.getAttribute('x')),
    y: Number(r.getAttribute('y')),
    width: Number(r.getAttribute('width')),
    height: Number(r.getAttribute('height')),
    group: r.parentElement?.getAttribute('class') ?? '',
  }));
  const texts = [...document.querySelectorAll('text')].map((t) => t.textContent ?? '');
  return {
    bars,
    texts: texts.sort(),
    groups: document.querySelectorAll('g[aria-label]').length,
    roles: document.querySelectorAll('g[aria-label][role="group"]').length,
  };
}

const rows = [
  { probabilities: [0.01821127329554753, 0.24519181293507386, 0.7365969137693786], trueClass: 2 },
  { probabilities: [0.5, 0.5], trueClass: 0 },
  { probabilities: [0.1, 0.2, 0.3, 0.15, 0.05, 0.2], trueClass: 5 },
  { probabilities: [1, 0, 0, 0], trueClass: 3 },
];

describe('probability bars', () => {
  it.each(rows)('draws the same bars and labels as Observable Plot: %j', (row) => {
    const ours = read(probabilityBarsSvg({ ...row, title: 'Row 1' }));
    const plot = read(probabilityBarsPlot({ ...row, title: 'Row 1' }));
    expect(ours.bars.length).toBe(row.probabilities.length);
    expect(ours.bars.map((b) => b.group)).toEqual(
      plot.bars.map((b) => b.group.replace(/^plot-\S+ /, '')),
    );
    ours.bars.forEach((bar, k) => {
      const other = plot.bars[k]!;
      for (const key of ['x', 'y', 'width', 'height'] as const) {
        expect(bar[key]).toBeCloseTo(other[key], 9);
      }
    });
    expect(ours.texts).toEqual(plot.texts);
  });

  it('marks the true class with a check mark, not only a fill', () => {
    const { texts } = read(
      probabilityBarsSvg({ probabilities: [0.2, 0.8], trueClass: 1, title: 'r' }),
    );
    expect(texts).toContain('1✓');
    expect(texts).toContain('0');
  });

  it('gives every labelled group a role in both renderers (axe: aria-label needs a role)', () => {
    for (const render of [probabilityBarsSvg, probabilityBarsPlot]) {
      const { groups, roles } = read(
        render({ probabilities: [0.3, 0.7], trueClass: 0, title: 't' }),
      );
      expect(groups).toBeGreaterThan(0);
      expect(roles).toBe(groups);
    }
  });

  it('draws no bar for a non-finite probability and labels it NaN', () => {
    const { bars, texts } = read(
      probabilityBarsSvg({ probabilities: [Number.NaN, Number.NaN], trueClass: 0, title: 't' }),
    );
    expect(bars).toEqual([]);
    expect(texts.filter((t) => t === 'NaN')).toHaveLength(2);
  });

  it('uses a rounded band scale: three classes in 188 px: step ⌊188 / 3.1⌋ = 60, bars 54 wide, first at 36 + (188 − 174) / 2 = 43', () => {
    expect(bandScale(3)).toEqual({ start: 43, step: 60, bandwidth: 54 });
  });

  it('escapes the title', () => {
    expect(probabilityBarsSvg({ probabilities: [1, 0], title: '<b>"x"</b>' })).toContain(
      'aria-label="&lt;b&gt;&quot;x&quot;&lt;/b&gt;"',
    );
  });
});
