import { describe, expect, it } from 'vitest';
import { Matrix, ShapeError } from '../../../src/core/index';

const A = Matrix.from([
  [1, 2, 3],
  [4, 5, 6],
]);

describe('Matrix', () => {
  it('round-trips nested arrays and reports its shape', () => {
    expect(A.rows).toBe(2);
    expect(A.cols).toBe(3);
    expect(A.shape).toBe('(2 × 3)');
    expect(A.toArray()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(A.get(1, 2)).toBe(6);
  });

  it('copies its input and hands out copies', () => {
    const rows = [[1, 2]];
    const m = Matrix.from(rows);
    rows[0]![0] = 99;
    m.toArray()[0]![1] = 99;
    expect(m.toArray()).toEqual([[1, 2]]);
  });

  it('multiplies, transposes and sums by hand-worked values', () => {
    const B = Matrix.from([
      [1, 0],
      [0, 1],
      [1, 1],
    ]);
    expect(A.dot(B).toArray()).toEqual([
      [4, 5],
      [10, 11],
    ]);
    expect(A.transpose().toArray()).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(A.columnSums().toArray()).toEqual([[5, 7, 9]]);
    expect(A.sum()).toBe(21);
  });

  it('does entry-wise arithmetic and broadcasts a row', () => {
    expect(A.add(A).toArray()).toEqual([
      [2, 4, 6],
      [8, 10, 12],
    ]);
    expect(A.sub(A).sum()).toBe(0);
    expect(A.mul(A).toArray()).toEqual([
      [1, 4, 9],
      [16, 25, 36],
    ]);
    expect(A.scale(-1).toArray()).toEqual([
      [-1, -2, -3],
      [-4, -5, -6],
    ]);
    expect(A.addRow(Matrix.row([10, 20, 30])).toArray()).toEqual([
      [11, 22, 33],
      [14, 25, 36],
    ]);
    expect(A.map((v, i, j) => v * 10 + i + j).toArray()).toEqual([
      [10, 21, 32],
      [41, 52, 63],
    ]);
  });

  it('with() changes one entry of a copy', () => {
    const B = A.with(0, 1, -7);
    expect(B.get(0, 1)).toBe(-7);
    expect(A.get(0, 1)).toBe(2);
  });

  it('names the operation and both shapes in a shape error', () => {
    const B = Matrix.from([
      [1, 2],
      [3, 4],
    ]);
    expect(() => A.dot(B)).toThrow(ShapeError);
    expect(() => A.dot(B)).toThrow('dot: (2 × 3) · (2 × 2) — inner sizes 3 and 2 differ');
    expect(() => A.add(B)).toThrow('add: (2 × 3) and (2 × 2) — shapes differ');
    expect(() => A.mul(B)).toThrow('mul: (2 × 3) and (2 × 2)');
    expect(() => A.addRow(Matrix.row([1, 2]))).toThrow(
      'addRow: (2 × 3) + (1 × 2) — the row must be (1 × 3)',
    );
  });

  it('refuses ragged, empty and out-of-range input', () => {
    expect(() => Matrix.from([[1, 2], [3]])).toThrow('Matrix.from: row 1 has 1 value, row 0 has 2');
    expect(() => Matrix.from([])).toThrow(ShapeError);
    expect(() => Matrix.from([[]])).toThrow(ShapeError);
    expect(() => A.get(2, 0)).toThrow(RangeError);
    expect(() => Matrix.zeros(0, 3)).toThrow(ShapeError);
  });
});
