import { describe, expect, it } from 'vitest';
import {
  heatmapSvg,
  largest,
  level,
  stepInspectorHtml,
  stepTablesHtml,
  type InspectedStep,
} from '../../../../src/render/capstone/step-inspector';

const m = (rows: number, cols: number, f: (i: number, j: number) => number): number[][] =>
  Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(i, j)));

const step: InspectedStep = {
  step: 12,
  batchSize: 4,
  grads: {
    W1: m(2, 3, (i, j) => (i - 0.5) * (j + 1)),
    b1: m(1, 3, (_, j) => j - 1),
    W2: m(3, 2, (i, j) => i * 0.01 - j * 0.02),
    b2: m(1, 2, () => 0),
  },
  moved: {
    W1: m(2, 3, (i, j) => -0.1 * (i - 0.5) * (j + 1)),
    b1: m(1, 3, (_, j) => -0.1 * (j - 1)),
    W2: m(3, 2, () => 0.003),
    b2: m(1, 2, () => 0),
  },
};

describe('the step inspector', () => {
  it('shades by the share of the largest magnitude, sign kept, zero blank', () => {
    expect(level(0, 1)).toBe(0);
    expect(level(1, 1)).toBe(3);
    expect(level(-1, 1)).toBe(-3);
    expect(level(0.2, 1)).toBe(1);
    expect(level(-0.5, 1)).toBe(-2);
    expect(level(Number.NaN, 1)).toBe(0);
  });

  it('finds the largest magnitude and where it is', () => {
    expect(
      largest([
        [1, -5],
        [2, 3],
      ]),
    ).toEqual({ value: 5, row: 0, col: 1 });
    expect(largest([[0, 0]])).toEqual({ value: 0, row: 0, col: 0 });
  });

  it('draws a heatmap with one path per shade, whatever the size', () => {
    const big = m(64, 50, (i, j) => Math.sin(i * 7 + j * 3));
    const svg = heatmapSvg(big, 'Gradient of W1');
    expect(svg.match(/<path /g)?.length).toBeLessThanOrEqual(6);
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(
      /aria-label="Gradient of W1, 64 × 50: the largest magnitude is 1, at row \d+, column \d+\."/,
    );
  });

  it('says so when every entry is zero, and draws no shade', () => {
    const svg = heatmapSvg(
      m(1, 2, () => 0),
      'Gradient of b2',
    );
    expect(svg).toContain('Gradient of b2, 1 × 2: every entry is 0.');
    expect(svg).not.toContain('<path');
  });

  it('shows every parameter, gradient and move, with a summary of the step', () => {
    const html = stepInspectorHtml(step);
    expect(html).toContain('Step 12, a batch of 4 examples.');
    expect(stepInspectorHtml({ ...step, batchSize: 1 })).toContain(
      'Step 12, a batch of 1 example.',
    );
    for (const name of ['W1', 'b1', 'W2', 'b2']) {
      expect(html).toContain(`Gradient of ${name}`);
      expect(html).toContain(`How far ${name} moved`);
    }
    // W1's largest |gradient| is 1.5 (row 2, column 3), its largest move 0.15.
    expect(html).toContain(
      '<th scope="row">W1</th><td>2 × 3</td><td><span title="1.5">1.5</span></td>' +
        '<td><span title="0.15000000000000002">0.15</span></td>',
    );
    expect(html).not.toMatch(/trainer\.\w+/);
  });

  it('gives every number as tables, one per gradient and move', () => {
    const html = stepTablesHtml(step);
    expect(html.match(/<table/g)?.length).toBe(8);
    expect(html).toContain('Gradient of W1, 2 × 3');
    expect(html.match(/<td>[^<]/g)?.length).toBe(2 * (6 + 3 + 6 + 2));
    expect(html).not.toMatch(/trainer\.\w+/);
  });
});
