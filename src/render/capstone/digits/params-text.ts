/**
 * A network's parameters as compact text for a page's `data-` attribute, and back. Each matrix is
 * stored as whole numbers on a per-matrix scale (4 significant digits of its largest entry): a
 * 64–50–10 net takes about 20 kB instead of 75 kB of full-precision JSON, and the page computes
 * its static figures from the decoded parameters, so the static and live pad agree.
 */
import { Matrix } from '../../../core/matrix';
import type { NetworkParams } from '../../../core/random-network';
import { PARAM_NAMES } from '../../../core/random-network';

/** Steps of the largest entry: 9 999, so each entry is at most 5 characters and a sign. */
const STEPS = 9999;

function encodeMatrix(m: Matrix): string {
  const values = m.toArray().flat();
  const largest = Math.max(...values.map(Math.abs));
  const scale = largest > 0 && Number.isFinite(largest) ? largest / STEPS : 1;
  const ints = values.map((v) => Math.round(v / scale));
  return `${m.rows} ${m.cols} ${scale} ${ints.join(',')}`;
}

function decodeMatrix(text: string): Matrix | undefined {
  const [rows, cols, scale, body] = text.split(' ').map((part, i) => (i < 3 ? Number(part) : part));
  if (typeof rows !== 'number' || typeof cols !== 'number' || typeof scale !== 'number') return;
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) return;
  if (!Number.isFinite(scale) || typeof body !== 'string') return;
  const ints = body.split(',').map(Number);
  if (ints.length !== rows * cols || !ints.every(Number.isInteger)) return;
  return Matrix.build(rows, cols, (i, j) => (ints[i * cols + j] as number) * scale);
}

/** The four matrices, one per line, in the order W1, b1, W2, b2. */
export function encodeParams(params: NetworkParams): string {
  return PARAM_NAMES.map((name) => encodeMatrix(params[name])).join('\n');
}

/**
 * The parameters back, or undefined when the text is not four matrices of a two-layer net's
 * shapes (W1 D × H, b1 1 × H, W2 H × C, b2 1 × C).
 */
export function decodeParams(text: string): NetworkParams | undefined {
  const [W1, b1, W2, b2, ...rest] = text.split('\n').map(decodeMatrix);
  if (!W1 || !b1 || !W2 || !b2 || rest.length > 0) return;
  return fitsTwoLayers({ W1, b1, W2, b2 }) ? { W1, b1, W2, b2 } : undefined;
}

/** Whether the four shapes chain as a two-layer network's do. */
export function fitsTwoLayers(p: NetworkParams): boolean {
  const hidden = p.W1.cols;
  return (
    p.b1.rows === 1 &&
    p.b1.cols === hidden &&
    p.W2.rows === hidden &&
    p.b2.rows === 1 &&
    p.b2.cols === p.W2.cols
  );
}
