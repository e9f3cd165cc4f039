/**
 * The parts of a cell that change with its inputs, as HTML strings. Used by `Cell.astro` at
 * build time and by the `bp-*` element on every edit, so both render exactly the same markup.
 */
import { t } from '../../messages/t';
import { graphSvg } from '../graph/svg';
import { graphTable } from '../graph/table';
import type { GraphView } from '../graph/graph-view';
import { guardFinite } from './finite-guard';
import type { CellSpec, CellValues } from './types';

export interface RenderedCell {
  readonly outputs: string;
  readonly announcement: string;
  /** Present when the spec draws a graph. */
  readonly graph?: {
    readonly view: GraphView;
    /** Built on demand: the element patches numbers in place when the graph's shape is unchanged. */
    svg(): string;
    table(): string;
  };
}

/**
 * Runs `compute` (which may throw `InputError`) and renders outputs and graph. A result or graph
 * number that isn't finite throws `OverflowError` (the kit's finite guard) before anything is
 * rendered, so no cell ever shows ∞ or NaN as a number, at build time or in the browser.
 */
export function renderCell<R>(
  spec: CellSpec<R>,
  values: CellValues,
  cellId: string,
  title: string,
): RenderedCell {
  const result = spec.compute(values);
  const view = spec.graph?.(result);
  guardFinite(spec.fields, values, spec.guarded ? spec.guarded(result) : [result, view]);
  const outputs = spec.renderResult(result, values);
  const announcement = spec.announce(result);
  if (!view) return { outputs, announcement };
  return {
    outputs,
    announcement,
    graph: {
      view,
      svg: () => graphSvg(view, cellId, t('kit.graphTitle', { title })),
      table: () => graphTable(view, t('kit.graphTableCaption', { title })),
    },
  };
}
