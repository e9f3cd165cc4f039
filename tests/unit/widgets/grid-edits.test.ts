import { describe, expect, it } from 'vitest';
import { pasteOutcome, resizedGrid, sizeLimitMessage } from '../../../src/widgets/grid-edits';
import { canResize } from '../../../src/render/kit/shape';
import type { MatrixField } from '../../../src/render/kit/types';

const field = (size: Partial<Pick<MatrixField, 'rows' | 'cols'>> = {}): MatrixField => ({
  kind: 'matrix',
  name: 'x',
  label: 'classifier.affineW',
  initial: [[0]],
  ...size,
});

const grid = [
  ['1', '2'],
  ['3', '4'],
];

describe('pasteOutcome: what a paste into one entry does (docs/cells.md, “Paste”)', () => {
  it('one value is pasted into the entry as text, like typing (the parser judges it)', () => {
    expect(pasteOutcome('42', grid, [0, 0], field())).toEqual({ kind: 'text' });
    expect(pasteOutcome('  \n', grid, [0, 0], field())).toEqual({ kind: 'text' });
    // A decimal comma is one value, not a row of two: the parser then says “use a point”.
    expect(pasteOutcome('1,5', grid, [1, 1], field())).toEqual({ kind: 'text' });
    expect(pasteOutcome(' -1,5\n', grid, [1, 1], field())).toEqual({ kind: 'text' });
  });

  it('one row fills the entry’s row from its column on; the other rows stay', () => {
    expect(pasteOutcome('7 8', grid, [1, 0], field())).toEqual({
      kind: 'grid',
      grid: [
        ['1', '2'],
        ['7', '8'],
      ],
    });
    expect(pasteOutcome('7', grid, [0, 1], field())).toEqual({ kind: 'text' });
  });

  it('a row that runs past the last column adds columns (new entries 0), within the bounds', () => {
    expect(pasteOutcome('7, 8, 9', grid, [0, 1], field())).toEqual({
      kind: 'grid',
      grid: [
        ['1', '7', '8', '9'],
        ['3', '4', '0', '0'],
      ],
    });
    expect(pasteOutcome('7 8 9', grid, [0, 1], field({ cols: [1, 3] }))).toEqual({
      kind: 'refused',
      message:
        'W (weights) is 2 × 2: 3 values pasted from column 2 need 4 columns, but it takes at most 3. Nothing was pasted.',
    });
  });

  it('a block (two or more rows) replaces the whole matrix and gives it its shape', () => {
    expect(pasteOutcome('1 2 3\n4,5,6\n', grid, [1, 1], field())).toEqual({
      kind: 'grid',
      grid: [
        ['1', '2', '3'],
        ['4', '5', '6'],
      ],
    });
    expect(pasteOutcome('  1\t-2.5 \r\n\n 3 ,  4e-3\n', grid, [0, 0], field())).toEqual({
      kind: 'grid',
      grid: [
        ['1', '-2.5'],
        ['3', '4e-3'],
      ],
    });
  });

  it('keeps the texts as typed, even when they are not numbers (the kit reports those)', () => {
    expect(pasteOutcome('1 x\n2 3', grid, [0, 0], field())).toEqual({
      kind: 'grid',
      grid: [
        ['1', 'x'],
        ['2', '3'],
      ],
    });
  });

  it('refuses a ragged block, naming the row that differs', () => {
    expect(pasteOutcome('1 2\n3 4\n5', grid, [0, 0], field())).toEqual({
      kind: 'refused',
      message: 'Row 3 of the pasted text has 1 value but row 1 has 2. Nothing was pasted.',
    });
  });

  it('refuses a block outside the bounds, naming its shape, the bounds and the current shape', () => {
    expect(pasteOutcome('1 2 3\n4 5 6', grid, [0, 0], field({ cols: [1, 2] }))).toEqual({
      kind: 'refused',
      message:
        'The pasted block is 2 × 3, but W (weights) takes 1–8 rows and 1–2 columns; it stays 2 × 2.',
    });
    const nine = Array.from({ length: 9 }, () => '1 2').join('\n');
    expect(pasteOutcome(nine, grid, [0, 0], field()).kind).toBe('refused');
  });
});

describe('resizedGrid', () => {
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

describe('size limits: which buttons are off, and the visible reason', () => {
  it('canResize follows the bounds', () => {
    const f = field({ rows: [1, 2], cols: [2, 6] });
    expect(canResize(f, 2, 2, 'add-row')).toBe(false);
    expect(canResize(f, 2, 2, 'remove-row')).toBe(true);
    expect(canResize(f, 2, 2, 'remove-col')).toBe(false);
    expect(canResize(f, 2, 2, 'add-col')).toBe(true);
  });

  it('says which limit was reached, with the current shape', () => {
    const f = field({ rows: [1, 6] });
    expect(sizeLimitMessage(f, [Array(3).fill('1')], 'remove-row')).toBe(
      'W (weights) is 1 × 3: it needs at least 1 row.',
    );
    const six = Array.from({ length: 6 }, () => ['1']);
    expect(sizeLimitMessage(f, six, 'add-row')).toBe(
      'W (weights) is 6 × 1: it takes at most 6 rows.',
    );
    expect(sizeLimitMessage(f, [['1']], 'remove-col')).toBe(
      'W (weights) is 1 × 1: it needs at least 1 column.',
    );
  });
});
