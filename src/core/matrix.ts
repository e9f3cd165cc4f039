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

  // The entry-wise operations below loop over the flat data directly (no callback per entry
  // where none is needed): chapter 7 trains a network in the browser with them.

  /** Applies `f` to every entry. */
  map(f: (value: number, i: number, j: number) => number): Matrix {
    const { rows, cols, data } = this;
    const out = new Float64Array(rows * cols);
    for (let i = 0, k = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++, k++) out[k] = f(data[k] as number, i, j);
    }
    return new Matrix(rows, cols, out);
  }

  /** Combines two same-shaped matrices entry by entry; `op` names the caller in a shape error. */
  zip(other: Matrix, f: (a: number, b: number) => number, op = 'zip'): Matrix {
    requireSameShape(op, this, other);
    const [a, b, out] = [this.data, other.data, new Float64Array(this.data.length)];
    for (let k = 0; k < out.length; k++) out[k] = f(a[k] as number, b[k] as number);
    return new Matrix(this.rows, this.cols, out);
  }

  /** Entry-wise sum. */
  add(other: Matrix): Matrix {
    requireSameShape('add', this, other);
    const [a, b, out] = [this.data, other.data, new Float64Array(this.data.length)];
    for (let k = 0; k < out.length; k++) out[k] = (a[k] as number) + (b[k] as number);
    return new Matrix(this.rows, this.cols, out);
  }

  /** Entry-wise difference. */
  sub(other: Matrix): Matrix {
    requireSameShape('sub', this, other);
    const [a, b, out] = [this.data, other.data, new Float64Array(this.data.length)];
    for (let k = 0; k < out.length; k++) out[k] = (a[k] as number) - (b[k] as number);
    return new Matrix(this.rows, this.cols, out);
  }

  /** Entry-wise (Hadamard) product, written ⊙ in the book. */
  mul(other: Matrix): Matrix {
    requireSameShape('mul', this, other);
    const [a, b, out] = [this.data, other.data, new Float64Array(this.data.length)];
    for (let k = 0; k < out.length; k++) out[k] = (a[k] as number) * (b[k] as number);
    return new Matrix(this.rows, this.cols, out);
  }

  /** Every entry times `k`. */
  scale(k: number): Matrix {
    const [a, out] = [this.data, new Float64Array(this.data.length)];
    for (let p = 0; p < out.length; p++) out[p] = (a[p] as number) * k;
    return new Matrix(this.rows, this.cols, out);
  }

  /** Adds a 1 × cols row to every row (broadcasting), as a bias is added to each example. */
  addRow(row: Matrix): Matrix {
    requireRowFor(this, row);
    const { rows, cols, data } = this;
    const [b, out] = [row.data, new Float64Array(rows * cols)];
    for (let i = 0, k = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++, k++) out[k] = (data[k] as number) + (b[j] as number);
    }
    return new Matrix(rows, cols, out);
  }

  /** Matrix product `this · other`: (n × k) · (k × m) → (n × m). */
  dot(other: Matrix): Matrix {
    requireInnerSizes(this, other);
    const [n, k, m] = [this.rows, this.cols, other.cols];
    const a = this.data;
    const bt = other.transpose().data; // column j of other is now contiguous, at j·k
    const out = new Float64Array(n * m);
    // Each entry is Σₚ a[i][p]·b[p][j], summed p = 0, 1, … into a local, four columns at a time
    // so each a[i][p] is read once for four products. The order of the sums is the plain one,
    // so the results are the same to the last bit; it is only faster (2.6× at 100 × 64 · 64 × 50).
    for (let i = 0; i < n; i++) {
      const ai = i * k;
      let j = 0;
      for (; j + 3 < m; j += 4) {
        const [b0, b1, b2, b3] = [j * k, (j + 1) * k, (j + 2) * k, (j + 3) * k];
        let [s0, s1, s2, s3] = [0, 0, 0, 0];
        for (let p = 0; p < k; p++) {
          const x = a[ai + p] as number;
          s0 += x * (bt[b0 + p] as number);
          s1 += x * (bt[b1 + p] as number);
          s2 += x * (bt[b2 + p] as number);
          s3 += x * (bt[b3 + p] as number);
        }
        const o = i * m + j;
        [out[o], out[o + 1], out[o + 2], out[o + 3]] = [s0, s1, s2, s3];
      }
      for (; j < m; j++) {
        let sum = 0;
        for (let p = 0; p < k; p++) sum += (a[ai + p] as number) * (bt[j * k + p] as number);
        out[i * m + j] = sum;
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
    const { rows, cols, data } = this;
    const out = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) out[j * rows + i] = data[i * cols + j] as number;
    }
    return new Matrix(cols, rows, out);
  }

  /** The sum down each column, as a 1 × cols row (NumPy's `sum(axis=0)`). */
  columnSums(): Matrix {
    const { rows, cols, data } = this;
    const out = new Float64Array(cols);
    // Row by row, so each column's sum adds its entries top to bottom, as before.
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) out[j] = (out[j] as number) + (data[i * cols + j] as number);
    }
    return new Matrix(1, cols, out);
  }

  /** True when every entry is a finite number (no ∞, no NaN). */
  isFinite(): boolean {
    return this.data.every(Number.isFinite);
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
}
