import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { activationPlotSvg, markerWords } from '../../../../src/render/plots/activation-svg';
import { t } from '../../../../src/messages';
import { ACTIVATION_PLOTS } from '../../../../src/render/plots/activation-plots';
import { activationPoint, describeMarkers } from '../../../../src/render/plots/activation-points';
import { markerAt } from '../../../../src/render/plots/plot-frame';

function parse(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.querySelector('svg')!;
}

describe('activation plots as static SVG', () => {
  it.each(Object.keys(ACTIVATION_PLOTS) as (keyof typeof ACTIVATION_PLOTS)[])(
    '%s: one image, every labelled group has a role, markers where the scale puts them',
    (id) => {
      const xs = [1, -0.5, -2, 3];
      const svg = parse(activationPlotSvg(id, xs));
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toContain(t(ACTIVATION_PLOTS[id].title));
      const labelled = [...svg.querySelectorAll('g[aria-label]')];
      expect(labelled.length).toBeGreaterThan(3);
      for (const g of labelled) expect(g.getAttribute('role')).toBe('group');
      const markers = [...svg.querySelectorAll('.bp-plot-markers circle')];
      expect(markers).toHaveLength(xs.length);
      markers.forEach((m, k) => {
        const at = markerAt(ACTIVATION_PLOTS[id].frame, xs[k]!, activationPoint(id, xs[k]!));
        expect(Number(m.getAttribute('cx'))).toBe(at.cx);
        expect(Number(m.getAttribute('cy'))).toBe(at.cy);
      });
      expect(svg.querySelector('path, line')).not.toBeNull();
    },
  );

  it('draws σ from the layer: the curve passes through (0, 0.5)', () => {
    const { frame } = ACTIVATION_PLOTS.sigmoid;
    const svg = parse(activationPlotSvg('sigmoid', []));
    const d = svg.querySelector('g[aria-label="line"] path')!.getAttribute('d')!;
    const mid = markerAt(frame, 0, 0.5);
    expect(d).toContain(`${mid.cx},${mid.cy}`);
  });

  it('pins an input outside the range to the edge, drawn hollow', () => {
    const svg = parse(activationPlotSvg('relu', [10]));
    expect(svg.querySelector('.bp-plot-marker.is-clamped')).not.toBeNull();
  });

  it('says where the markers are, in words', () => {
    const words = markerWords();
    expect(describeMarkers('sigmoid', [0], words)).toBe('Marker at x = 0, σ(x) = 0.5.');
    expect(describeMarkers('relu-prime', [0, 2], words)).toBe(
      'Markers at x = 0, ReLU′(x) = 0; x = 2, ReLU′(x) = 1.',
    );
  });
});
