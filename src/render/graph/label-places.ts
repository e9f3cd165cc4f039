/**
 * Where each edge's two labels go. A label sits beside its edge, 40 % of the way along; where
 * that would cover a label already placed or a node, it slides along the edge to the first
 * free spot (crowded fans such as softmax's Σ). Level edges are placed first and never move,
 * so simple graphs look as they always did. Pure and deterministic.
 */
import { CHAR, type Point } from './layout';

export interface EdgeLine {
  /** Where the edge's line starts and ends (outside the nodes' circles). */
  readonly s: Point;
  readonly t: Point;
  readonly forward: string;
  readonly backward: string;
}

export interface LabelPlace {
  readonly forward: Point;
  readonly backward: Point;
}

interface Box {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** Gap between the forward line and the dashed gradient line below it. */
export const GAP = 6;
const ALONG = [0.4, 0.55, 0.25, 0.68, 0.15];

export function labelPlaces(
  edges: readonly EdgeLine[],
  nodes: readonly Point[],
  radius: number,
): LabelPlace[] {
  const taken: Box[] = nodes.map((q) => ({
    x0: q.x - radius,
    x1: q.x + radius,
    y0: q.y - radius,
    y1: q.y + radius,
  }));
  // Level lines (forward and dashed gradient) are obstacles too; a sloping one's box would be
  // most of the figure.
  for (const e of edges) {
    if (Math.abs(normal(e)[0]) > 0.05) continue;
    const [x0, x1] = [Math.min(e.s.x, e.t.x), Math.max(e.s.x, e.t.x)];
    taken.push({ x0, x1, y0: e.s.y - 1, y1: e.s.y + GAP + 1 });
  }
  const places: LabelPlace[] = new Array(edges.length);
  const order = edges.map((e, i) => ({ i, slope: Math.abs(normal(e)[0]) }));
  order.sort((a, b) => a.slope - b.slope || a.i - b.i);
  for (const { i } of order) {
    const e = edges[i]!;
    // The first spot that covers nothing, else the one that covers least.
    let place = at(e, ALONG[0]!);
    let least = Infinity;
    for (const f of ALONG) {
      const c = at(e, f);
      const cover = taken.reduce(
        (sum, b) =>
          sum + overlap(b, box(c.forward, e.forward)) + overlap(b, box(c.backward, e.backward)),
        0,
      );
      if (cover < least) [place, least] = [c, cover];
      if (cover === 0) break;
    }
    taken.push(box(place.forward, e.forward), box(place.backward, e.backward));
    places[i] = place;
  }
  return places;
}

/** The normal pointing down the screen for a left-to-right edge: "below" the edge. */
function normal(e: EdgeLine): [number, number] {
  const len = Math.hypot(e.t.x - e.s.x, e.t.y - e.s.y) || 1;
  return [-(e.t.y - e.s.y) / len, (e.t.x - e.s.x) / len];
}

function at(e: EdgeLine, f: number): LabelPlace {
  const [nx, ny] = normal(e);
  const m = { x: e.s.x + (e.t.x - e.s.x) * f, y: e.s.y + (e.t.y - e.s.y) * f };
  const off = (d: number): Point => ({ x: m.x + nx * d, y: m.y + ny * d });
  return {
    forward: off(-7 - clear(e.forward, nx)),
    backward: off(GAP + 15 + clear(e.backward, nx)),
  };
}

/**
 * How much further from a sloping edge its label must sit: text runs horizontally, so on a
 * steep edge half the label's width lies along the edge's normal and would cross the line.
 * Zero for a level edge.
 */
const clear = (text: string, nx: number): number => ((text.length * CHAR) / 2) * Math.abs(nx);

/** A label's box: centred on x, its baseline at y (12 px text). */
function box(q: Point, text: string): Box {
  const half = (text.length * CHAR) / 2;
  return { x0: q.x - half, x1: q.x + half, y0: q.y - 10, y1: q.y + 2 };
}

/** The area two boxes share. */
const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
  Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
