import { describe, expect, it } from 'vitest';
import { initial, leaked, render } from '../../messages/leaks';
import affineCell from '../../../../src/render/cells/affine';
import softmaxLoss from '../../../../src/render/cells/softmax-loss';
import {
  classifierGraphSvg,
  classifierGraphTable,
} from '../../../../src/render/classifier/classifier-graph';
import type { CellSpec, CellValues } from '../../../../src/render/kit/types';

const message = (spec: CellSpec<unknown>, values: CellValues): string => {
  try {
    spec.compute(values);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an input error');
};

describe('chapter 6 cells and figure show words, not catalogue keys', () => {
  const affine = affineCell as CellSpec<unknown>;
  const softmax = softmaxLoss as CellSpec<unknown>;

  it('Affine: outputs, worked entries, announcement', () => {
    const html = render(affine, initial(affine));
    expect(html).toContain('One entry of each gradient, by hand:');
    expect(html).toContain('db = column sums of dY (1 × 3)');
    expect(leaked(html)).toEqual([]);
  });

  it('Affine: shape messages', () => {
    const v = initial(affine);
    expect(message(affine, { ...v, w: [[1, 2, 3]] })).toBe(
      'X has 2 columns but W has 1 row: for X·W, W needs one row per column of X (X is 2 × 2, W is 1 × 3).',
    );
    expect(message(affine, { ...v, b: [[1, 2]] })).toBe(
      'b is 1 × 2 but W is 2 × 3: b must be one row of 3 entries, one per column of W.',
    );
    expect(message(affine, { ...v, dY: [[1, 2, 3]] })).toBe(
      'dY is 1 × 3 but Y is 2 × 3: the upstream gradient has the shape of the output.',
    );
    expect(message(affine, { ...v, x: [] })).toBe('X is empty: enter at least one row.');
  });

  it('Softmax-with-Loss: outputs and the naive overflow note', () => {
    const v = initial(softmax);
    const html = render(softmax, {
      ...v,
      logits: [
        [1000, 0, 0],
        [2, 1, 0.1],
      ],
    });
    expect(html).toContain('In row 1, exp overflowed to ∞');
    expect(html).toContain('Row 1: probability of each class; true class 2');
    expect(html).toContain('class 0');
    expect(leaked(html)).toEqual([]);
    expect(leaked(render(softmax, v))).toEqual([]);
  });

  it('Softmax-with-Loss: label messages', () => {
    const v = { ...initial(softmax), labelFormat: 'index' };
    expect(message(softmax, { ...v, labels: [[0]] })).toBe(
      'The class indices are 1 × 1 but the logits have 2 rows: give one index per row (2 × 1).',
    );
    expect(message(softmax, { ...v, logits: [] })).toBe(
      'The batch of logits is empty: enter at least one row.',
    );
  });

  it('the classifier graph and its table', () => {
    const html = classifierGraphSvg('c', 'title') + classifierGraphTable('caption');
    expect(html).toContain('labels t: N × M');
    expect(html).toContain('<td>Softmax-with-Loss</td>');
    expect(html).toContain('Backward (gradient and shape)');
    expect(leaked(html)).toEqual([]);
  });
});
