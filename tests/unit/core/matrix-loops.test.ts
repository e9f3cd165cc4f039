// Matrix's fast loops (chapter 7 trains with them) against the plain definitions, bit for bit:
// the speed-ups must not change a single result, NaN and ∞ included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matrix } from '../../../src/core/matrix';

const grid = (rows: number, cols: number) =>
  fc
    .array(
      fc.oneof(
        { weight: 8, arbitrary: fc.double({ min: -1e3, max: 1e3, noNaN: true }) },
        { weight: 1, arbitrary: fc.constantFrom(0, -0, Infinity, -Infinity, NaN, 1e308) },
      ),
      { minLength: rows * cols, maxLength: rows * cols },
    )
    .map((v) => Matrix.build(rows, cols, (i, j) => v[i * cols + j]!));

const sizes = fc.tuple(
  fc.integer({ min: 1, max: 9 }),
  fc.integer({ min: 1, max: 9 }),
  fc.integer({ min: 1, max: 9 }),
);
// toEqual tells 0 from −0 and matches NaN with NaN: bit for bit, as far as a number shows.
const same = (a: Matrix, b: number[][]) => expect(a.toArray().flat()).toEqual(b.flat());

describe('Matrix loops equal the plain definitions', () => {
  it('dot: each entry is Σₚ a[i][p]·b[p][j] summed in order p = 0, 1, …', () => {
    fc.assert(
      fc.property(
        sizes.chain(([n, k, m]) => fc.tuple(grid(n, k), grid(k, m))),
        ([a, b]) => {
          const A = a.toArray();
          const B = b.toArray();
          const plain = A.map((row) =>
            B[0]!.map((_, j) => row.reduce((s, x, p) => s + x * B[p]![j]!, 0)),
          );
          same(a.dot(b), plain);
        },
      ),
    );
  });

  it('transpose, columnSums, addRow, add, sub, mul, scale, map, zip', () => {
    fc.assert(
      fc.property(
        sizes.chain(([n, m]) =>
          fc.tuple(grid(n, m), grid(n, m), grid(1, m), fc.double({ noNaN: true })),
        ),
        ([a, b, row, k]) => {
          const A = a.toArray();
          const B = b.toArray();
          const R = row.toArray()[0]!;
          same(
            a.transpose(),
            A[0]!.map((_, j) => A.map((r) => r[j]!)),
          );
          same(a.columnSums(), [A[0]!.map((_, j) => A.reduce((s, r) => s + r[j]!, 0))]);
          same(
            a.addRow(row),
            A.map((r) => r.map((v, j) => v + R[j]!)),
          );
          same(
            a.add(b),
            A.map((r, i) => r.map((v, j) => v + B[i]![j]!)),
          );
          same(
            a.sub(b),
            A.map((r, i) => r.map((v, j) => v - B[i]![j]!)),
          );
          same(
            a.mul(b),
            A.map((r, i) => r.map((v, j) => v * B[i]![j]!)),
          );
          same(
            a.scale(k),
            A.map((r) => r.map((v) => v * k)),
          );
          same(
            a.map((v, i, j) => v + i * 10 + j),
            A.map((r, i) => r.map((v, j) => v + i * 10 + j)),
          );
          same(
            a.zip(b, Math.max),
            A.map((r, i) => r.map((v, j) => Math.max(v, B[i]![j]!))),
          );
        },
      ),
    );
  });

  it('isFinite is false as soon as one entry is ∞ or NaN', () => {
    expect(Matrix.from([[1, 2]]).isFinite()).toBe(true);
    expect(Matrix.from([[1, Infinity]]).isFinite()).toBe(false);
    expect(Matrix.from([[NaN, 2]]).isFinite()).toBe(false);
  });

  it('pickRows takes rows in the order given, and refuses a row outside or none', () => {
    const m = Matrix.from([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(m.pickRows([2, 0, 2]).toArray()).toEqual([
      [5, 6],
      [1, 2],
      [5, 6],
    ]);
    expect(() => m.pickRows([3])).toThrow(RangeError);
    expect(() => m.pickRows([0.5])).toThrow(RangeError);
    expect(() => m.pickRows([])).toThrow(/at least one row/);
  });
});
