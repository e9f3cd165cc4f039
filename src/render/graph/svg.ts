/**
 * The computational graph as an SVG string, in the book's convention: forward values above
 * each edge on a solid line with the arrow pointing right; gradients below it on a dashed
 * line with the arrow pointing left. Position, arrow, line style and colour all differ.
 * Ids are prefixed with the cell's id and coordinates rounded, so goldens are stable.
 */
import type { GraphView, GraphViewEdge, GraphViewNode } from './graph-view';
import { t } from '../../messages/t';
import { escapeHtml } from '../html/escape';
import { exactNumber } from '../../core/format-number';
import { arrowMarkers } from './arrow-markers';
import { layout, type Point } from './layout';
import { GAP, labelPlaces, type EdgeLine, type LabelPlace } from './label-places';

const RADIUS = 22;
const r1 = (x: number): number => Math.round(x * 10) / 10;

/** `prefix` must be unique on the page (the cell's id); `title` names the figure. */
export function graphSvg(view: GraphView, prefix: string, title: string): string {
  const { width, height, at } = layout(view);
  const role = new Map(view.nodes.map((n) => [n.id, n.role]));
  const p = escapeHtml(prefix);
  const drawn = view.edges.filter((e) => at.has(e.from) && at.has(e.to));
  const lines = drawn.map((e) => edgeLine(e, at.get(e.from)!, at.get(e.to)!, role));
  const ops = view.nodes.filter((n) => n.role === 'op' && at.has(n.id)).map((n) => at.get(n.id)!);
  const places = labelPlaces(lines, ops, RADIUS);
  const edges = drawn.map((e, i) => edgeSvg(e, lines[i]!, places[i]!, p)).join('');
  const nodes = view.nodes
    .filter((n) => at.has(n.id))
    .map((n) => nodeSvg(n, at.get(n.id)!))
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="bp-graph-svg" id="${p}-graph" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    // Its natural width, for the CSS that scales it (src/styles/cell.css).
    `style="--bp-graph-width:${width}px" role="img" ` +
    `aria-labelledby="${p}-graph-title">` +
    `<title id="${p}-graph-title">${escapeHtml(title)}</title>` +
    arrowMarkers(p) +
    `<g class="bp-edges">${edges}</g><g class="bp-nodes">${nodes}</g></svg>`
  );
}

function edgeSvg(e: GraphViewEdge, g: EdgeLine, place: LabelPlace, p: string): string {
  const len = Math.hypot(g.t.x - g.s.x, g.t.y - g.s.y) || 1;
  // Normal pointing down the screen for a left-to-right edge: "below" the edge.
  const [nx, ny] = [-(g.t.y - g.s.y) / len, (g.t.x - g.s.x) / len];
  const attrs = `data-from="${escapeHtml(e.from)}" data-to="${escapeHtml(e.to)}"`;
  return (
    `<g class="bp-edge" ${attrs}>` +
    line('bp-fwd', g.s, g.t, `${p}-fwd`) +
    line('bp-bwd', off(g.t, nx, ny, GAP), off(g.s, nx, ny, GAP), `${p}-bwd`) +
    label('bp-fwd-label', place.forward, e.forward, e.forwardExact, 'forward') +
    label('bp-bwd-label', place.backward, e.backward, e.backwardExact, 'gradient') +
    `</g>`
  );
}

/** The edge's line, from just outside one node to just outside the other. */
function edgeLine(
  e: GraphViewEdge,
  a: Point,
  b: Point,
  role: ReadonlyMap<string, string>,
): EdgeLine {
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const [ux, uy] = [(b.x - a.x) / len, (b.y - a.y) / len];
  const start = role.get(e.from) === 'op' ? RADIUS + 2 : 6;
  const end = role.get(e.to) === 'op' ? RADIUS + 3 : 6;
  return {
    s: { x: a.x + ux * start, y: a.y + uy * start },
    t: { x: b.x - ux * end, y: b.y - uy * end },
    forward: e.forward,
    backward: e.backward,
  };
}

const off = (q: Point, nx: number, ny: number, d: number): Point => ({
  x: q.x + nx * d,
  y: q.y + ny * d,
});

function line(cls: string, s: Point, t: Point, markerId: string): string {
  return (
    `<line class="${cls}" x1="${r1(s.x)}" y1="${r1(s.y)}" x2="${r1(t.x)}" y2="${r1(t.y)}" ` +
    `marker-end="url(#${markerId})"/>`
  );
}

/** The hover text of an edge label; the element patches it with the same words. */
export function labelTitle(
  what: 'forward' | 'gradient',
  text: string,
  exact: number | undefined,
): string {
  if (exact === undefined) {
    return t(what === 'forward' ? 'graph.edgeForward' : 'graph.edgeGradient', { value: text });
  }
  const key = what === 'forward' ? 'graph.edgeForwardExact' : 'graph.edgeGradientExact';
  return t(key, { value: exactNumber(exact) });
}

function label(
  cls: string,
  q: Point,
  text: string,
  exact: number | undefined,
  what: 'forward' | 'gradient',
) {
  return (
    `<text class="${cls}" x="${r1(q.x)}" y="${r1(q.y)}" text-anchor="middle">` +
    `<title>${escapeHtml(labelTitle(what, text, exact))}</title>${escapeHtml(text)}</text>`
  );
}

function nodeSvg(n: GraphViewNode, q: Point): string {
  const attrs = `class="bp-node bp-node-${n.role}" data-node="${escapeHtml(n.id)}"`;
  const title = `<title>${escapeHtml(n.description)}</title>`;
  if (n.role === 'input') {
    return `<g ${attrs}>${title}<text x="${q.x}" y="${q.y + 4}" text-anchor="end">${escapeHtml(n.label)}</text></g>`;
  }
  if (n.role === 'output') {
    return `<g ${attrs}>${title}<text x="${q.x}" y="${q.y + 4}" text-anchor="start">${escapeHtml(n.label)}</text></g>`;
  }
  const small = n.label.length > 2 ? ' bp-symbol-long' : '';
  const tag = n.tag
    ? `<text class="bp-tag" x="${q.x}" y="${q.y - RADIUS - 6}" text-anchor="middle">${escapeHtml(n.tag)}</text>`
    : '';
  return (
    `<g ${attrs}>${title}<circle cx="${q.x}" cy="${q.y}" r="${RADIUS}"/>` +
    `<text class="bp-symbol${small}" x="${q.x}" y="${q.y + 5}" text-anchor="middle">${escapeHtml(n.label)}</text>` +
    `${tag}</g>`
  );
}
