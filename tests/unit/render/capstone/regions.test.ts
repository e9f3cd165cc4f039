import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { gridInputs, regionsSvg } from '../../../../src/render/capstone/regions';

const parse = (svg: string): Element =>
  parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document.querySelector('svg')!;

describe('decision regions', () => {
  it('grid inputs are the cell centres, row 0 at the top', () => {
    const m = gridInputs(2, [-1, 1]).toArray();
    expect(m).toEqual([
      [-0.5, 0.5],
      [0.5, 0.5],
      [-0.5, -0.5],
      [0.5, -0.5],
    ]);
  });

  it('draws one path of cells per class, merging runs: a left/right split is one rectangle per row', () => {
    const size = 4;
    const classes = Array.from({ length: 16 }, (_, k) => (k % 4 < 2 ? 0 : 1));
    const svg = parse(regionsSvg({ size, classes }, [], 2));
    const cells = [...svg.querySelectorAll('path.bp-cells')];
    expect(cells.map((c) => c.getAttribute('class'))).toEqual([
      'bp-cells bp-class-0',
      'bp-cells bp-class-1',
    ]);
    expect(cells[0]!.getAttribute('d')!.match(/M/g)).toHaveLength(4);
    expect(cells[0]!.getAttribute('d')).toContain('M0 0h150v75h-150z');
    expect(cells[1]!.getAttribute('d')).toContain('M150 0h150v75h-150z');
  });

  it('element count does not grow with the resolution or the number of points', () => {
    const size = 60;
    const classes = Array.from({ length: size * size }, (_, k) => (k * 7) % 3);
    const points = Array.from({ length: 300 }, (_, i) => ({
      x: Math.cos(i) * 1.1,
      y: Math.sin(i) * 1.1,
      label: i % 3,
    }));
    const svg = parse(regionsSvg({ size, classes }, points, 3));
    // 3 cell paths + 3 point paths + a legend of 3 marks and 3 words, in 2 containers.
    expect(svg.querySelectorAll('*').length).toBeLessThanOrEqual(14);
    expect(svg.querySelectorAll('path.bp-points')).toHaveLength(6);
  });

  it('each class has its own point shape; a point outside the window or with a bad label is left out', () => {
    const svg = parse(
      regionsSvg(
        { size: 1, classes: [0] },
        [
          { x: 0, y: 0, label: 0 },
          { x: 0, y: 0, label: 1 },
          { x: 0, y: 0, label: 2 },
          { x: 9, y: 0, label: 0 },
          { x: 0, y: 0, label: 7 },
        ],
        3,
      ),
    );
    const d = (k: number): string =>
      svg.querySelector(`g path.bp-points.bp-class-${k}`)!.getAttribute('d')!;
    expect(d(0)).toMatch(/a2\.8/); // circle
    expect(d(1)).toMatch(/h5\.6v5\.6/); // square
    expect(d(2)).toMatch(/l3\.8 5\.6/); // triangle
    expect(d(0).match(/M/g)).toHaveLength(1);
    expect(svg.getAttribute('aria-label')).toContain('3 classes');
  });
});
