import { describe, expect, it } from 'vitest';
import { pastedGrid } from '../../../src/widgets/matrix-editor';
import type { MatrixField } from '../../../src/render/kit/types';

const field: MatrixField = {
  kind: 'matrix',
  name: 'w',
  label: 'graph.field.x',
  initial: [[1, 2]],
  rows: [1, 2],
  cols: [2, 3],
};

describe('pasting rows of numbers', () => {
  it('reads rows separated by spaces, commas or tabs', () => {
    expect(pastedGrid('1, 2\n3\t4\n', field)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('leaves a single value to the browser', () => {
    expect(pastedGrid(' 7 ', field)).toBeUndefined();
  });

  it('says what is wrong with ragged rows and a shape out of bounds', () => {
    expect(pastedGrid('1 2\n3', field)).toEqual({
      message: 'The pasted rows have different numbers of entries.',
    });
    expect(pastedGrid('1 2 3 4', field)).toEqual({
      message: 'The pasted values are 1 × 4; this input takes 1–2 rows and 2–3 columns.',
    });
  });
});
