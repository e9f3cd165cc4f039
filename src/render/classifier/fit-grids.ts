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

type AffineName = 'x' | 'w' | 'b' | 'dY';

/**
 * Each matrix's rows and columns as the sizes they share: X is N × D, W is D × M, b is 1 × M,
 * dY is N × M. A size the reader changed in one matrix is the size of every matrix sharing it.
 */
const AFFINE_SIZES: Readonly<Record<AffineName, readonly [rows: string, cols: string]>> = {
  x: ['N', 'D'],
  w: ['D', 'M'],
  b: ['1', 'M'],
  dY: ['N', 'M'],
};

/**
 * The Affine cell after the reader resized or pasted into `leader` (default X): the sizes it
 * has lead, the others are read from X (N, D) and W (M). Returns only the grids that change.
 */
export function fitAffine(
  texts: Readonly<Record<AffineName, Grid>>,
  leader: string = 'x',
): Partial<Record<AffineName, string[][]>> {
  const size: Record<string, number> = { 1: 1 };
  const read = (name: AffineName): void => {
    const [r, c] = AFFINE_SIZES[name];
    const [gr, gc] = shape(texts[name]);
    size[r] ??= gr;
    size[c] ??= gc;
  };
  if (leader in AFFINE_SIZES) read(leader as AffineName);
  read('x');
  read('w');
  const out: Partial<Record<AffineName, string[][]>> = {};
  for (const name of Object.keys(AFFINE_SIZES) as AffineName[]) {
    const [r, c] = AFFINE_SIZES[name].map((k) => size[k]!) as [number, number];
    const [gr, gc] = shape(texts[name]);
    if (name !== leader && (gr !== r || gc !== c)) out[name] = fitGrid(texts[name], r, c);
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
 * The Softmax-with-Loss cell after the reader resized or pasted into `leader` (default the
 * logits): its batch size N leads, and so do its classes C when it has them (logits, one-hot).
 * The logits are cut or padded with 0; the one-hot labels keep one 1 per row (kept where it still
 * fits, else class 0); the indices become N × 1, new rows labelled 0 and indices past the last
 * class moved to it. Returns only the grids that change.
 */
export function fitSoftmax(
  texts: {
    logits: Grid;
    oneHot: Grid;
    labels: Grid;
  },
  leader: string = 'logits',
): Partial<Record<'logits' | 'oneHot' | 'labels', string[][]>> {
  const lead = leader === 'oneHot' || leader === 'labels' ? leader : 'logits';
  const n = shape(texts[lead])[0];
  const c = shape(lead === 'oneHot' ? texts.oneHot : texts.logits)[1];
  const out: Partial<Record<'logits' | 'oneHot' | 'labels', string[][]>> = {};
  const [lr, lc] = shape(texts.logits);
  if (lead !== 'logits' && (lr !== n || lc !== c)) out.logits = fitGrid(texts.logits, n, c);
  const [hr, hc] = shape(texts.oneHot);
  if (lead !== 'oneHot' && (hr !== n || hc !== c)) {
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
  if (lead !== 'labels' && changed) out.labels = labels.map((v) => [v]);
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
