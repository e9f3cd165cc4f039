/**
 * Places a `GraphView` on a grid: columns by depth (left to right, the forward direction),
 * rows so that each operation sits level with the mean of its inputs. Pure and deterministic.
 */
import type { GraphView } from './graph-view';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Layout {
  readonly width: number;
  readonly height: number;
  readonly at: ReadonlyMap<string, Point>;
}

/** Horizontal distance between columns and vertical distance between rows, in px. */
export const COLUMN = 150;
export const ROW = 78;
const MARGIN_Y = 40;
/** Approximate advance of one character of the 12 px label font. */
export const CHAR = 7.2;

export function layout(view: GraphView): Layout {
  const inputsOf = new Map<string, string[]>();
  for (const e of view.edges) inputsOf.set(e.to, [...(inputsOf.get(e.to) ?? []), e.from]);
  const roleOf = new Map(view.nodes.map((n) => [n.id, n.role]));
  const fixedRow = new Map<string, number>(
    view.nodes.flatMap((n): [string, number][] => (n.row === undefined ? [] : [[n.id, n.row]])),
  );
  const col = new Map<string, number>();
  const row = new Map<string, number>();
  let nextRow = 0;
  const place = (id: string): void => {
    if (col.has(id)) return;
    const inputs = inputsOf.get(id) ?? [];
    inputs.forEach((i) => {
      if (roleOf.get(i) !== 'input') place(i);
    });
    const opCols = inputs.filter((i) => roleOf.get(i) !== 'input').map((i) => col.get(i)!);
    const c = Math.max(0, ...opCols) + 1;
    // A leaf sits one column before the first node that consumes it.
    for (const i of inputs) {
      if (roleOf.get(i) === 'input' && !col.has(i)) {
        col.set(i, c - 1);
        row.set(i, fixedRow.get(i) ?? nextRow);
        nextRow++;
      }
    }
    col.set(id, c);
    const ys = inputs.map((i) => row.get(i)!);
    const mean = ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : nextRow++;
    row.set(id, fixedRow.get(id) ?? mean);
  };
  view.nodes.filter((n) => n.role !== 'input').forEach((n) => place(n.id));
  const leftPad = Math.max(
    40,
    ...view.nodes.filter((n) => n.role === 'input').map((n) => n.label.length * CHAR + 16),
  );
  const rightPad = Math.max(
    40,
    ...view.nodes.filter((n) => n.role === 'output').map((n) => n.label.length * CHAR + 16),
  );
  const column = view.column ?? COLUMN;
  const at = new Map<string, Point>();
  let maxCol = 0;
  let maxRow = 0;
  for (const [id, c] of col) {
    const r = row.get(id)!;
    maxCol = Math.max(maxCol, c);
    maxRow = Math.max(maxRow, r);
    at.set(id, { x: Math.round(leftPad + c * column), y: Math.round(MARGIN_Y + r * ROW) });
  }
  return {
    width: Math.round(leftPad + maxCol * column + rightPad),
    height: Math.round(2 * MARGIN_Y + maxRow * ROW),
    at,
  };
}
