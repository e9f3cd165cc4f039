import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  accuracyCurvesSvg,
  bucketMeans,
  lossComparisonSvg,
  lossCurveSvg,
  seriesPath,
} from '../../../../src/render/capstone/curves';
import { ticks } from '../../../../src/render/capstone/chart-axes';

const parse = (svg: string): Element =>
  parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document.querySelector('svg')!;

const frame = {
  width: 100,
  height: 100,
  marginTop: 0,
  marginRight: 0,
  marginBottom: 0,
  marginLeft: 0,
  xDomain: [0, 10] as const,
  yDomain: [0, 1] as const,
};

describe('training curves', () => {
  it('maps steps and values through the frame: (0,1) top left, (10,0) bottom right', () => {
    const d = seriesPath(frame, [
      { step: 0, value: 1 },
      { step: 10, value: 0 },
    ]);
    expect(d).toBe('M0 0L100 100');
  });

  it('breaks the line at a value that is not finite or leaves the frame, and never prints NaN', () => {
    const d = seriesPath(frame, [
      { step: 0, value: 0.5 },
      { step: 1, value: 0.4 },
      { step: 2, value: Number.NaN },
      { step: 3, value: 5 },
      { step: 4, value: 0.2 },
      { step: 5, value: 0.1 },
    ]);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).not.toMatch(/NaN|Infinity/);
  });

  it('bucket means keep the mean of each run and the run’s last step', () => {
    const pts = Array.from({ length: 10 }, (_, i) => ({ step: i + 1, value: i }));
    expect(bucketMeans(pts, 5)).toEqual([
      { step: 2, value: 0.5 },
      { step: 4, value: 2.5 },
      { step: 6, value: 4.5 },
      { step: 8, value: 6.5 },
      { step: 10, value: 8.5 },
    ]);
    expect(bucketMeans(pts, 20)).toHaveLength(10);
  });

  it('ticks are round and inside the domain', () => {
    expect(ticks(0, 2000, 5)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(ticks(0, 1, 4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(ticks(0, 2.3, 4)).toEqual([0, 1, 2]);
  });

  it('the loss chart is one image named with its first and last loss', () => {
    const svg = parse(
      lossCurveSvg([
        { step: 1, value: 2.302 },
        { step: 2, value: 1.5 },
        { step: 3, value: 0.25 },
      ]),
    );
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Loss curve over 3 steps, from 2.302 to 0.25.');
    expect(svg.querySelectorAll('path.bp-chart-line')).toHaveLength(1);
  });

  it('accuracy: train solid, test dashed, each with its legend entry; name gives both ends', () => {
    const svg = parse(
      accuracyCurvesSvg(
        [
          { step: 0, value: 0.1 },
          { step: 100, value: 0.985 },
        ],
        [
          { step: 0, value: 0.12 },
          { step: 100, value: 0.9 },
        ],
      ),
    );
    expect(svg.getAttribute('aria-label')).toBe(
      'Accuracy over 100 steps: train ends at 98.5 %, test at 90 %.',
    );
    expect(svg.querySelector('path.bp-chart-line.bp-series-solid')).not.toBeNull();
    expect(svg.querySelector('path.bp-chart-line.bp-series-dashed')).not.toBeNull();
    const keys = [...svg.querySelectorAll('.bp-chart-key text')].map((e) => e.textContent);
    expect(keys).toEqual(['Train accuracy', 'Test accuracy']);
  });

  it('a comparison names where each run starts and ends, or where it diverged; off the chart is not diverged', () => {
    const svg = parse(
      lossComparisonSvg(
        [
          {
            name: 'rate 10',
            points: [
              { step: 1, value: 2 },
              { step: 2, value: 1e9 },
              { step: 3, value: Number.NaN },
            ],
          },
          {
            name: 'rate 0.1',
            points: [
              { step: 1, value: 2 },
              { step: 3, value: 0.5 },
            ],
          },
          {
            name: 'std 5',
            points: [
              { step: 1, value: 119 },
              { step: 3, value: 0.25 },
            ],
          },
        ],
        [0, 3],
      ),
    );
    expect(svg.getAttribute('aria-label')).toBe(
      'Loss curves over 3 steps: rate 10 diverges at step 3; rate 0.1 from 2 to 0.5; std 5 from 119 to 0.25.',
    );
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
  });
});
