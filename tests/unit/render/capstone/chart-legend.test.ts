import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { legendPlaces, legendRows } from '../../../../src/render/capstone/chart-legend';
import { axesSvg, valueTickText } from '../../../../src/render/capstone/chart-axes';
import { COMPACT_CHART_SIZE, accuracyCurvesSvg } from '../../../../src/render/capstone/curves';

describe('the charts’ legend, axes and size', () => {
  it('wraps the legend to a new row rather than past the right edge', () => {
    const names = ['Train accuracy', 'Test accuracy'];
    expect(legendRows(names, 46, 464)).toBe(1);
    // 300 units wide: "Test accuracy" would end at 321.
    expect(legendPlaces(names, 46, 284)).toEqual([
      { row: 0, x: 46 },
      { row: 1, x: 46 },
    ]);
  });

  it('keeps every legend and tick text of a compact chart inside its box', () => {
    const svg = accuracyCurvesSvg(
      [{ step: 0, value: 0.3 }],
      [{ step: 0, value: 0.3 }],
      COMPACT_CHART_SIZE,
    );
    const doc = parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
    expect(doc.querySelector('svg')!.getAttribute('viewBox')).toBe('0 0 300 190');
    for (const text of doc.querySelectorAll('.bp-chart-key text')) {
      const x = Number(text.getAttribute('x'));
      expect(x + 7 * (text.textContent ?? '').length).toBeLessThanOrEqual(300);
    }
  });

  it('writes large loss ticks short enough for the left margin', () => {
    expect(valueTickText(0.75)).toBe('0.75');
    expect(valueTickText(5000)).toBe('5000');
    expect(valueTickText(250000)).toBe('2.5e5');
    expect(valueTickText(100000000)).toBe('1e8');
  });

  it('puts no tick between two steps on the step axis', () => {
    const frame = {
      width: 300,
      height: 190,
      marginTop: 44,
      marginRight: 16,
      marginBottom: 34,
      marginLeft: 46,
      xDomain: [0, 1] as const,
      yDomain: [0, 1] as const,
    };
    const doc = parseHTML(
      `<!doctype html><html><body><svg>${axesSvg(frame, 'Step', 'Loss')}</svg></body></html>`,
    ).document;
    const xTicks = [...doc.querySelectorAll('text[text-anchor="middle"]')].map(
      (t) => t.textContent,
    );
    expect(xTicks).toEqual(['0', '1']);
  });
});
