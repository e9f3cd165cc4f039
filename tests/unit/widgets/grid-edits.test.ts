import { describe, expect, it } from 'vitest';
import { pastedGrid, resizedGrid } from '../../../src/widgets/grid-edits';
import type { MatrixField } from '../../../src/render/kit/types';

const field = (size: Partial<Pick<MatrixField, 'rows' | 'cols'>> = {}): MatrixField => ({
  kind: 'matrix',
  name: 'x',
  label: 'graph.field.x',
  initial: [[0]],
  ...size,
});

describe('pastedGrid', () => {
  it('reads rows of numbers split by spaces, commas or tabs, one row per line', () => {
    expect(pastedGrid('1 2\n3,4', field())).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(pastedGrid('  1\t-2.5 \r\n\n 3 ,  4e-3\n', field())).toEqual([
      ['1', '-2.5'],
      ['3', '4e-3'],
    ]);
  });

  it('keeps the texts as typed, even when they are not numbers (the kit reports those)', () => {
    expect(pastedGrid('1 x', field())).toEqual([['1', 'x']]);
  });

  it('leaves a single value to the browser', () => {
    expect(pastedGrid('42', field())).toBeUndefined();
    expect(pastedGrid('  \n', field())).toBeUndefined();
  });

  it('refuses ragged rows', () => {
    expect(pastedGrid('1 2\n3', field())).toEqual({
      message: 'The pasted rows have different numbers of entries.',
    });
  });

  it('refuses a shape outside the bounds, naming both', () => {
    expect(pastedGrid('1 2 3', field({ cols: [1, 2] }))).toEqual({
      message: 'The pasted values are 1 × 3; this input takes 1–8 rows and 1–2 columns.',
    });
    const nine = Array.from({ length: 9 }, () => '1 2').join('\n');
    expect(pastedGrid(nine, field())).toHaveProperty('message');
  });
});

describe('resizedGrid', () => {
  const grid = [
    ['1', '2'],
    ['3', '4'],
  ];

  it('adds and removes rows and columns, filling new entries with 0', () => {
    expect(resizedGrid(grid, field(), 'add-row')).toEqual([...grid, ['0', '0']]);
    expect(resizedGrid(grid, field(), 'remove-row')).toEqual([['1', '2']]);
    expect(resizedGrid(grid, field(), 'add-col')).toEqual([
      ['1', '2', '0'],
      ['3', '4', '0'],
    ]);
    expect(resizedGrid(grid, field(), 'remove-col')).toEqual([['1'], ['3']]);
  });

  it('refuses to leave the bounds, by default 1 to 8', () => {
    expect(resizedGrid(grid, field({ rows: [2, 2] }), 'add-row')).toBeUndefined();
    expect(resizedGrid(grid, field({ rows: [2, 2] }), 'remove-row')).toBeUndefined();
    expect(resizedGrid([['1']], field(), 'remove-col')).toBeUndefined();
    const wide = [Array.from({ length: 8 }, () => '1')];
    expect(resizedGrid(wide, field(), 'add-col')).toBeUndefined();
  });

  it('does not change the grid it was given', () => {
    resizedGrid(grid, field(), 'add-col');
    expect(grid).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});
