/**
 * Every edge of the graph as a table (from, to, value, gradient): the figure's text
 * alternative, always in the page for screen readers and shown on request to everyone.
 */
import type { GraphView } from './graph-view';
import { t } from '../../messages/t';
import { escapeHtml } from '../html/escape';
import { numberHtml } from '../html/number-html';

export function graphTable(view: GraphView, caption: string): string {
  const name = new Map(view.nodes.map((n) => [n.id, n.role === 'op' ? n.description : n.label]));
  const cell = (text: string, exact: number | undefined): string =>
    exact === undefined ? escapeHtml(text) : numberHtml(exact);
  const rows = view.edges
    .map(
      (e) =>
        `<tr><td>${escapeHtml(name.get(e.from) ?? e.from)}</td><td>${escapeHtml(name.get(e.to) ?? e.to)}</td>` +
        `<td>${cell(e.forward, e.forwardExact)}</td><td>${cell(e.backward, e.backwardExact)}</td></tr>`,
    )
    .join('');
  return (
    `<table class="bp-graph-table"><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr>${[
      t('graph.table.from'),
      t('graph.table.to'),
      t('graph.table.value'),
      t('graph.table.gradient'),
    ]
      .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
      .join('')}</tr></thead>` +
    `<tbody>${rows}</tbody></table>`
  );
}
