/**
 * The end of a classifier as a graph of layers, X → Affine → Softmax-with-Loss → L, with every
 * wire labelled by its shape. It follows the kit's graph convention (and reuses its CSS classes):
 * forward above each wire on a solid line pointing right, the gradient below on a dashed line
 * pointing left. Layers are boxes rather than circles because their names are words.
 */
import { arrowMarkers } from '../graph/arrow-markers';
import { escapeHtml } from '../html/escape';
import { t, type MessageKey } from '../../messages';

/** One wire: where it runs and what it carries each way. */
export interface ShapeEdge {
  readonly from: string;
  readonly to: string;
  readonly forward: string;
  readonly backward: string;
}

/** The wires, in forward order. Shapes use the chapter's letters: N examples, D features, M classes. */
export const CLASSIFIER_EDGES: readonly ShapeEdge[] = [
  { from: 'X', to: 'Affine', forward: 'X: N × D', backward: 'dX: N × D' },
  { from: 'Affine', to: 'Softmax-with-Loss', forward: 'Y: N × M', backward: 'dY: N × M' },
  { from: 'Softmax-with-Loss', to: 'L', forward: 'L: 1 × 1', backward: '∂L/∂L = 1' },
];

interface Box {
  readonly x: number;
  readonly w: number;
  /** Catalogue keys: the layer's name and its parameters' shapes. */
  readonly name: MessageKey;
  readonly params: MessageKey;
}

const Y = 56;
const H = 56;
const GAP = 6;
const BOXES: readonly Box[] = [
  { x: 150, w: 120, name: 'classifier.layerAffine', params: 'classifier.affineParams' },
  { x: 390, w: 150, name: 'classifier.layerSoftmaxLoss', params: 'classifier.labelsParams' },
];

/** A layer's name as the reader sees it; X and L are symbols and stay as they are. */
const LAYER_NAMES: Readonly<Record<string, MessageKey>> = {
  Affine: 'classifier.layerAffine',
  'Softmax-with-Loss': 'classifier.layerSoftmaxLoss',
};
const shown = (node: string): string => {
  const key = LAYER_NAMES[node];
  return key ? t(key) : node;
};
/** Wire end points, left to right: X → Affine → Softmax-with-Loss → L. */
const WIRES: readonly (readonly [number, number])[] = [
  [34, 150],
  [270, 390],
  [540, 612],
];
export const CLASSIFIER_SIZE = { width: 640, height: 104 } as const;

function wire(e: ShapeEdge, [a, b]: readonly [number, number], p: string): string {
  const mid = (a + b) / 2;
  return (
    `<g class="bp-edge" data-from="${escapeHtml(e.from)}" data-to="${escapeHtml(e.to)}">` +
    `<line class="bp-fwd" x1="${a}" y1="${Y}" x2="${b - 2}" y2="${Y}" marker-end="url(#${p}-fwd)"/>` +
    `<line class="bp-bwd" x1="${b}" y1="${Y + GAP}" x2="${a + 2}" y2="${Y + GAP}" marker-end="url(#${p}-bwd)"/>` +
    `<text class="bp-fwd-label" x="${mid}" y="${Y - 8}" text-anchor="middle">${escapeHtml(e.forward)}</text>` +
    `<text class="bp-bwd-label" x="${mid}" y="${Y + GAP + 16}" text-anchor="middle">${escapeHtml(e.backward)}</text>` +
    `</g>`
  );
}

function box(b: Box): string {
  const cx = b.x + b.w / 2;
  return (
    `<g class="bp-node bp-node-op bp-layer-box"><rect x="${b.x}" y="${Y - H / 2 + 3}" width="${b.w}" height="${H}" rx="8"/>` +
    `<text class="bp-layer-name" x="${cx}" y="${Y}" text-anchor="middle">${escapeHtml(t(b.name))}</text>` +
    `<text class="bp-layer-params" x="${cx}" y="${Y + 18}" text-anchor="middle">${escapeHtml(t(b.params))}</text></g>`
  );
}

/** The figure as an SVG string. `prefix` keeps marker ids unique on the page. */
export function classifierGraphSvg(prefix: string, title: string): string {
  const p = escapeHtml(prefix);
  const { width, height } = CLASSIFIER_SIZE;
  const wires = CLASSIFIER_EDGES.map((e, i) => wire(e, WIRES[i]!, p)).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="bp-graph-svg bp-classifier-graph" id="${p}-graph" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    // Its natural width, for the CSS that scales graphs (src/styles/cell.css).
    `style="--bp-graph-width:${width}px" role="img" aria-labelledby="${p}-graph-title">` +
    `<title id="${p}-graph-title">${escapeHtml(title)}</title>` +
    arrowMarkers(p) +
    `<g class="bp-edges">${wires}</g>` +
    `<g class="bp-nodes"><g class="bp-node bp-node-input"><text class="bp-leaf" x="${WIRES[0]![0] - 6}" y="${Y + 4}" text-anchor="end">X</text></g>` +
    `${BOXES.map(box).join('')}` +
    `<g class="bp-node bp-node-output"><text class="bp-leaf" x="${WIRES[2]![1] + 6}" y="${Y + 4}" text-anchor="start">L</text></g></g></svg>`
  );
}

/** The same wires as a table: the figure's text alternative. */
export function classifierGraphTable(caption: string): string {
  const rows = CLASSIFIER_EDGES.map(
    (e) =>
      `<tr><td>${escapeHtml(shown(e.from))}</td><td>${escapeHtml(shown(e.to))}</td><td>${escapeHtml(e.forward)}</td><td>${escapeHtml(e.backward)}</td></tr>`,
  ).join('');
  return (
    `<table class="bp-graph-table"><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr><th scope="col">${escapeHtml(t('classifier.graphFrom'))}</th>` +
    `<th scope="col">${escapeHtml(t('classifier.graphTo'))}</th>` +
    `<th scope="col">${escapeHtml(t('classifier.graphForward'))}</th>` +
    `<th scope="col">${escapeHtml(t('classifier.graphBackward'))}</th></tr></thead>` +
    `<tbody>${rows}</tbody></table>`
  );
}
