/**
 * Updates a drawn graph and its edge table in place when only the numbers changed (the usual
 * edit), instead of re-parsing the SVG: the layout depends only on the graph's shape.
 */
import type { GraphView } from '../render/graph/graph-view';
import { exactNumber } from '../core/format-number';
import { numberInnerHtml } from '../render/html/number-html';
import { labelTitle } from '../render/graph/svg';
import { t } from '../messages/t';
import type { RenderedCell } from '../render/kit/render-cell';

/** Identifies the graph's shape: its nodes and edges in drawing order. */
export function shapeKey(view: GraphView): string {
  return `${view.nodes.map((n) => n.id).join(',')}|${view.edges.map((e) => `${e.from}>${e.to}`).join(',')}`;
}

/**
 * Shows a new graph: patched in place when `shown` (the shape on screen) is its shape, else
 * redrawn with its table. Returns the shape now on screen.
 */
export function drawGraph(
  root: Element,
  graph: NonNullable<RenderedCell['graph']>,
  shown: string | undefined,
): string {
  const key = shapeKey(graph.view);
  if (key === shown) {
    if (!patchGraph(root, graph.view)) {
      // A row without both numbers (an edge with no value, or one that just got its value back)
      // cannot be patched in place: the table is drawn again so it never shows old numbers.
      const table = root.querySelector('.bp-graph-table-wrap');
      if (table) table.innerHTML = graph.table();
    }
    return key;
  }
  const canvas = root.querySelector('.bp-graph-canvas');
  const table = root.querySelector('.bp-graph-table-wrap');
  if (canvas) canvas.innerHTML = graph.svg();
  if (table) table.innerHTML = graph.table();
  return key;
}

/**
 * Patches the SVG labels and the table's numbers; the caller checked the shape is the same.
 * Returns false when some table row could not be patched (the caller redraws the table).
 */
export function patchGraph(root: Element, view: GraphView): boolean {
  let tablePatched = true;
  const edges = root.querySelectorAll('.bp-graph-svg .bp-edge');
  const rows = root.querySelectorAll('.bp-graph-table tbody tr');
  view.edges.forEach((e, i) => {
    const g = edges[i];
    if (g) {
      setLabel(
        g.querySelector('.bp-fwd-label'),
        e.forward,
        labelTitle('forward', e.forward, e.forwardExact),
      );
      setLabel(
        g.querySelector('.bp-bwd-label'),
        e.backward,
        labelTitle('gradient', e.backward, e.backwardExact),
      );
    }
    const nums = rows[i]?.querySelectorAll('data');
    if (nums?.length === 2 && e.forwardExact !== undefined && e.backwardExact !== undefined) {
      setData(nums[0]!, e.forwardExact);
      setData(nums[1]!, e.backwardExact);
    } else if (rows.length) {
      tablePatched = false;
    }
  });
  return tablePatched;
}

function setLabel(text: Element | null, shown: string, title: string): void {
  if (!text) return;
  const [tip, value] = [text.firstChild, text.lastChild];
  if (tip && tip.textContent !== title) tip.textContent = title;
  if (value && value !== tip && value.nodeValue !== shown) value.nodeValue = shown;
}

function setData(el: Element, x: number | undefined): void {
  if (x === undefined) return;
  const exact = exactNumber(x);
  if (el.getAttribute('value') === exact) return;
  el.setAttribute('value', exact);
  el.setAttribute('title', t('kit.exact', { value: exact }));
  el.innerHTML = numberInnerHtml(x);
}
