import {
  ShapeError,
  requireInnerSizes,
  requireRectangular,
  requireRowFor,
  requireSameShape,
  shapeText,
} from './shape-error';

/**
 * An immutable rows × cols grid of Float64 numbers. Every operation returns a new matrix and
 * checks shapes first, throwing a {@link ShapeError} that names the operation and both shapes.
 */
export class Matrix {
  private constructor(
    readonly rows: number,
    readonly cols: number,
    /** Row-major values; never written after construction. */
    private readonly data: Float64Array,
  ) {}

  /** A matrix from nested rows, e.g. `Matrix.from([[1, 2], [3, 4]])`. Rows must be equally long. */
  static from(rows: readonly (readonly number[])[]): Matrix {
    const cols = requireRectangular(rows);
    const data = new Float64Array(rows.length * cols);
    rows.forEach((row, i) => data.set(row, i * cols));
    return new Matrix(rows.length, cols, data);
  }

  /** A rows × cols matrix whose entry (i, j) is `f(i, j)`. */
  static build(rows: number, cols: number, f: (i: number, j: number) => number): Matrix {
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) {
      throw new ShapeError('Matrix.build', `${rows} × ${cols} is not a matrix size`);
    }
    const data = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) data[i * cols + j] = f(i, j);
    return new Matrix(rows, cols, data);
  }

  /** A rows × cols matrix of zeros. */
  static zeros(rows: number, cols: number): Matrix {
    return Matrix.build(rows, cols, () => 0);
  }

  /** A 1 × n matrix: a row vector such as a bias `b`. */
  static row(values: readonly number[]): Matrix {
    return Matrix.from([values]);
  }

  /** The shape as text, `(rows × cols)`. */
  get shape(): string {
    return `(${shapeText(this.rows, this.cols)})`;
  }

  /** The entry in row `i`, column `j` (both from 0). */
  get(i: number, j: number): number {
    return this.data[this.index('get', i, j)] as number;
  }

  /** A copy with entry (i, j) replaced by `value`; this matrix is unchanged. */
  with(i: number, j: number, value: number): Matrix {
    const data = this.data.slice();
    data[this.index('with', i, j)] = value;
    return new Matrix(this.rows, this.cols, data);
  }

  /** The values as fresh nested arrays (changing them does not change the matrix). */
  toArray(): number[][] {
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from(this.data.subarray(i * this.cols, (i + 1) * this.cols)),
    );
  }

  /** Applies `f` to every entry. */
  map(f: (value: number, i: number, j: number) => number): Matrix {
    return Matrix.build(this.rows, this.cols, (i, j) => f(this.at(i, j), i, j));
  }

  /** Combines two same-shaped matrices entry by entry; `op` names the caller in a shape error. */
  zip(other: Matrix, f: (a: number, b: number) => number, op = 'zip'): Matrix {
    requireSameShape(op, this, other);
    return this.map((a, i, j) => f(a, other.at(i, j)));
  }

  /** Entry-wise sum. */
  add(other: Matrix): Matrix {
    return this.zip(other, (a, b) => a + b, 'add');
  }

  /** Entry-wise difference. */
  sub(other: Matrix): Matrix {
    return this.zip(other, (a, b) => a - b, 'sub');
  }

  /** Entry-wise (Hadamard) product, written ⊙ in the book. */
  mul(other: Matrix): Matrix {
    return this.zip(other, (a, b) => a * b, 'mul');
  }

  /** Every entry times `k`. */
  scale(k: number): Matrix {
    return this.map((v) => v * k);
  }

  /** Adds a 1 × cols row to every row (broadcasting), as a bias is added to each example. */
  addRow(row: Matrix): Matrix {
    requireRowFor(this, row);
    return this.map((v, _i, j) => v + row.at(0, j));
  }

  /** Matrix product `this · other`: (n × k) · (k × m) → (n × m). */
  dot(other: Matrix): Matrix {
    requireInnerSizes(this, other);
    const [n, k, m] = [this.rows, this.cols, other.cols];
    const [a, b, out] = [this.data, other.data, new Float64Array(n * m)];
    // i-p-j order walks both operands row by row, which keeps the inner loop cache-friendly.
    for (let i = 0; i < n; i++) {
      for (let p = 0; p < k; p++) {
        const aip = a[i * k + p] as number;
        for (let j = 0, bj = p * m, oj = i * m; j < m; j++, bj++, oj++) {
          out[oj] = (out[oj] as number) + aip * (b[bj] as number);
        }
      }
    }
    return new Matrix(n, m, out);
  }

  /** The rows at `indices`, in that order (repeats allowed): a mini-batch drawn from a data set. */
  pickRows(indices: readonly number[]): Matrix {
    if (indices.length === 0) throw new ShapeError('pickRows', 'a matrix needs at least one row');
    const m = this.cols;
    const out = new Float64Array(indices.length * m);
    indices.forEach((r, i) => {
      out.set(this.data.subarray(this.index('pickRows', r, 0), (r + 1) * m), i * m);
    });
    return new Matrix(indices.length, m, out);
  }

  /** Rows become columns: (n × m) → (m × n). */
  transpose(): Matrix {
    return Matrix.build(this.cols, this.rows, (i, j) => this.at(j, i));
  }

  /** The sum down each column, as a 1 × cols row (NumPy's `sum(axis=0)`). */
  columnSums(): Matrix {
    return Matrix.build(1, this.cols, (_, j) => {
      let s = 0;
      for (let i = 0; i < this.rows; i++) s += this.at(i, j);
      return s;
    });
  }

  /** The sum of all entries. */
  sum(): number {
    return this.data.reduce((s, v) => s + v, 0);
  }

  /** The flat index of (i, j), or a RangeError naming `op` when (i, j) is outside. */
  private index(op: string, i: number, j: number): number {
    const inside = (v: number, size: number) => Number.isInteger(v) && v >= 0 && v < size;
    if (!inside(i, this.rows) || !inside(j, this.cols)) {
      throw new RangeError(`${op}: (${i}, ${j}) is outside ${this.shape}`);
    }
    return i * this.cols + j;
  }

  /** Unchecked read, for loops that already know (i, j) is inside. */
  private at(i: number, j: number): number {
    return this.data[i * this.cols + j] as number;
  }
}
