// Chapters 5 and 6 state what their cells compute at their starting values. Those numbers are
// rendered at build time from a run of src/core (src/lib/prose-values/); each is checked here
// against a hand-worked value, and the MDX against the expression that places it.
import { describe, expect, it } from 'vitest';
import { activationLayers } from '../../../src/lib/prose-values/activation-layers';
import { affineBatch, fixed, softmaxBatch } from '../../../src/lib/prose-values/affine-and-softmax';
import { AFFINE_DEFAULTS } from '../../../src/render/classifier/affine-result';
import { SOFTMAX_DEFAULTS } from '../../../src/render/classifier/softmax-loss-result';
import { chapterSource, texOf } from './chapter-prose';

const placed = (src: string, expr: string) =>
  expect(src, expr).toContain(`<Fragment set:html={${expr}} />`);

describe('chapter 5: the activation cells at their starting values', () => {
  const src = chapterSource('activation-layers');
  const a = activationLayers();

  it('ReLU on x = [[1, −0.5], [−2, 3]] keeps dout = [[1, 2], [3, 4]] where x > 0', () => {
    expect(texOf(a.relu.x)).toBe('x = \\begin{bmatrix} 1 & -0.5 \\\\ -2 & 3 \\end{bmatrix}');
    expect(texOf(a.relu.dout)).toBe('\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}');
    expect(texOf(a.relu.dx)).toBe('\\begin{bmatrix} 1 & 0 \\\\ 0 & 4 \\end{bmatrix}');
    for (const k of ['x', 'dout', 'dx']) placed(src, `a.relu.${k}`);
  });

  it('the sigmoid at x = 1, dout = 1, node by node and in one step', () => {
    // By hand: e^−1 = 0.36788, y = 1/1.36788 = 0.73106, −y² = −0.53444,
    // −0.53444 · 0.36788 = −0.19661, and y(1 − y) = 0.19661.
    const tex = Object.fromEntries(Object.entries(a.sigmoid).map(([k, h]) => [k, texOf(h)]));
    expect(tex).toEqual({
      x: 'x = 1',
      dout: '\\text{dout} = 1',
      y: 'y = 0.7311',
      dDenominator: '\\text{dout} \\cdot (-y^2) = -0.5344',
      dExp: '-0.5344',
      exp: 'b = e^{-1} = 0.3679',
      dNeg: '-0.5344 \\times 0.3679 = -0.1966',
      dx: '0.1966',
      atX: 'x = 1',
      tidy: '0.7311 \\times (1 - 0.7311) = 0.1966',
    });
    for (const k of Object.keys(a.sigmoid)) placed(src, `a.sigmoid.${k}`);
  });
});

describe('chapter 6: the Affine and Softmax-with-Loss cells at their starting values', () => {
  const src = chapterSource('affine-and-softmax');

  it('the Affine batch: X·W, Y, db and dW', () => {
    const b = affineBatch();
    expect(AFFINE_DEFAULTS.x).toEqual([
      [0, 0],
      [1, 1],
    ]);
    // By hand: row 1 of X is zero, row 2 adds W's rows [1, 2, 3] + [9, 8, 7] = [10, 10, 10];
    // + b = [1, 2, 3]; db = column sums of dY = [1 + 4, 2 + 5, 3 + 6]; dW = Xᵀ·dY = [4, 5, 6] twice.
    expect(texOf(b.product)).toBe(
      'X \\cdot W =\n\\begin{bmatrix} 0 & 0 \\\\ 1 & 1 \\end{bmatrix}\n' +
        '\\begin{bmatrix} 1 & 2 & 3 \\\\ 9 & 8 & 7 \\end{bmatrix}\n' +
        '= \\begin{bmatrix} 0 & 0 & 0 \\\\ 10 & 10 & 10 \\end{bmatrix}',
    );
    expect(texOf(b.y)).toBe('Y = \\begin{bmatrix} 1 & 2 & 3 \\\\ 11 & 12 & 13 \\end{bmatrix}');
    expect(texOf(b.db)).toBe('\\mathrm{d}b = [5, 7, 9]');
    expect(b.dWRowsEqual).toBe(true);
    expect(texOf(b.dWRow)).toBe('[4, 5, 6]');
    // X's first row [1, 0]: dW's first row is 1·[1, 2, 3] + 0 + ... = dY's column sums, db.
    expect(texOf(b.dWFirstRowOnes)).toBe('[5, 7, 9]');
    for (const k of ['product', 'y', 'db', 'dWRow', 'dWFirstRowOnes']) placed(src, `batch.${k}`);
  });

  it('Softmax-with-Loss on [[0.3, 2.9, 4], [2, 1, 0.1]] with classes 2 and 0', () => {
    const s = softmaxBatch();
    expect(SOFTMAX_DEFAULTS.logits).toEqual([
      [0.3, 2.9, 4],
      [2, 1, 0.1],
    ]);
    // By hand: e^0.3 = 1.3499, e^2.9 = 18.174, e^4 = 54.598, sum 74.122: 0.0182, 0.2452, 0.7366.
    // Row 2: e^2 = 7.389, e = 2.718, e^0.1 = 1.105, sum 11.212: class 0 gets 0.6590.
    // Losses −ln 0.7366 = 0.3057 and −ln 0.6590 = 0.4170, mean 0.3614; (0.7366 − 1)/2 = −0.1317.
    expect(s.p0.map(texOf)).toEqual(['0.02', '0.25', '0.74']);
    expect(texOf(s.loss0)).toBe('-\\ln 0.74 \\approx 0.31');
    expect([texOf(s.p1True), texOf(s.loss1), texOf(s.loss)]).toEqual(['0.66', '0.42', '0.361']);
    expect(texOf(s.dxTrue)).toBe('(0.737 - 1)/2 \\approx -0.132');
    // Two tied classes: ln 2 = 0.69315, and dx = [0.5 − 1, 0.5] / 1.
    expect(texOf(s.tieLoss)).toBe('\\ln 2 \\approx 0.6931');
    expect(texOf(s.tieDx)).toBe('\\mathrm{d}x = [-0.5, 0.5]');
    for (const k of ['p0[0]', 'p0[1]', 'p0[2]', 'loss0', 'p1True', 'loss1', 'loss', 'dxTrue'])
      placed(src, `sm.${k}`);
    placed(src, 'sm.tieLoss');
    placed(src, 'sm.tieDx');
  });

  it('rounds to the digits the prose reads out, without a "-0.00"', () => {
    expect([fixed(0.0182, 2), fixed(-0.1317, 3), fixed(-0.001, 2)]).toEqual([
      '0.02',
      '-0.132',
      '0.00',
    ]);
  });
});
