/**
 * Reshaping the matrices that depend on a cell's leading input, keeping every entry that still
 * has a place. Works on the input texts (what the reader typed), so nothing is re-formatted.
 * Pure: the browser glue in src/widgets/fit-grids-button.ts applies the result to the grids.
 */

export type Grid = readonly (readonly string[])[];

/** `grid` cut or padded with `fill` to rows × cols; entries inside both shapes are kept. */
export function fitGrid(grid: Grid, rows: number, cols: number, fill = '0'): string[][] {
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => grid[i]?.[j] ?? fill),
  );
}

const shape = (g: Grid): [rows: number, cols: number] => [g.length, g[0]?.length ?? 0];

/**
 * The Affine cell: X (N × D) and W's column count M lead. W becomes D × M, b 1 × M, dY N × M.
 * Returns only the grids that change.
 */
export function fitAffine(texts: {
  x: Grid;
  w: Grid;
  b: Grid;
  dY: Grid;
}): Partial<Record<'w' | 'b' | 'dY', string[][]>> {
  const [n, d] = shape(texts.x);
  const m = shape(texts.w)[1];
  const out: Partial<Record<'w' | 'b' | 'dY', string[][]>> = {};
  const want = { w: [d, m], b: [1, m], dY: [n, m] } as const;
  for (const name of ['w', 'b', 'dY'] as const) {
    const [r, c] = want[name];
    const [gr, gc] = shape(texts[name]);
    if (gr !== r || gc !== c) out[name] = fitGrid(texts[name], r, c);
  }
  return out;
}

/** A one-hot row for `cols` classes that keeps the reader's 1 if it is still in range. */
function oneHotRow(row: readonly string[] | undefined, cols: number): string[] {
  const k = row ? row.findIndex((v) => v.trim() === '1') : -1;
  const hot = k >= 0 && k < cols ? k : 0;
  return Array.from({ length: cols }, (_, j) => (j === hot ? '1' : '0'));
}

/**
 * The Softmax-with-Loss cell: the logits (N × C) lead. The one-hot labels become N × C with
 * exactly one 1 per row (kept where it still fits, else class 0); the indices become N × 1, with
 * new rows labelled 0 and indices past the last class moved to it.
 */
export function fitSoftmax(texts: {
  logits: Grid;
  oneHot: Grid;
  labels: Grid;
}): Partial<Record<'oneHot' | 'labels', string[][]>> {
  const [n, c] = shape(texts.logits);
  const out: Partial<Record<'oneHot' | 'labels', string[][]>> = {};
  const [hr, hc] = shape(texts.oneHot);
  if (hr !== n || hc !== c) {
    out.oneHot = Array.from({ length: n }, (_, i) => oneHotRow(texts.oneHot[i], c));
  }
  const labels = Array.from({ length: n }, (_, i) => {
    const text = texts.labels[i]?.[0] ?? '0';
    const k = Number(text);
    return Number.isInteger(k) && k >= c ? String(c - 1) : text;
  });
  const changed =
    texts.labels.length !== n ||
    texts.labels.some((row, i) => row.length !== 1 || row[0] !== labels[i]);
  if (changed) out.labels = labels.map((v) => [v]);
  return out;
}

/**
 * The same labels in the other format, so switching formats shows the reader's labels rewritten
 * rather than unrelated ones. `undefined` when the source isn't valid labels (then nothing changes).
 */
export function convertLabels(
  to: 'onehot' | 'index',
  texts: { logits: Grid; oneHot: Grid; labels: Grid },
): string[][] | undefined {
  const c = texts.logits[0]?.length ?? 0;
  if (to === 'index') {
    const ks = texts.oneHot.map((row) =>
      row.filter((v) => v.trim() === '1').length === 1 &&
      row.every((v) => v.trim() === '0' || v.trim() === '1')
        ? row.findIndex((v) => v.trim() === '1')
        : -1,
    );
    return ks.every((k) => k >= 0) ? ks.map((k) => [String(k)]) : undefined;
  }
  const ks = texts.labels.map((row) => Number(row[0]?.trim() || 'x'));
  if (!ks.every((k) => Number.isInteger(k) && k >= 0 && k < c)) return undefined;
  return ks.map((k) => Array.from({ length: c }, (_, j) => (j === k ? '1' : '0')));
}
