/**
 * One node alone, for chapter 3: inputs x and y, the upstream gradient dout, and the outputs
 * z, dx = dout · ∂z/∂x, dy = dout · ∂z/∂y. Shared by the add-node and multiply-node cells.
 */
import type { Graph } from '../../core/graph/index';
import { formatNumber } from '../../core/format-number';
import { t } from '../../messages/t';
import { resultTable } from '../kit/result-tables';
import type { CellSpec } from '../kit/types';
import { graphResult, scalars, type GraphResult } from './graph-result';

export function binaryNodeCell(
  kind: string,
  op: 'add' | 'mul',
  initial: { x: number; y: number; dout: number },
): CellSpec<GraphResult> {
  const graph: Graph = {
    output: 'z',
    outputLabel: 'z',
    nodes: [
      { kind: 'leaf', id: 'x', label: 'x' },
      { kind: 'leaf', id: 'y', label: 'y' },
      { kind: op, id: 'z', label: 'z', inputs: ['x', 'y'] },
    ],
  };
  return {
    kind,
    areas: [],
    fields: [
      { kind: 'scalar', name: 'x', label: 'graph.field.x', initial: initial.x },
      { kind: 'scalar', name: 'y', label: 'graph.field.y', initial: initial.y },
      { kind: 'scalar', name: 'dout', label: 'graph.field.dout', initial: initial.dout },
    ],
    compute: (values) => {
      const { x, y, dout } = scalars(values);
      return graphResult(graph, { x: x!, y: y! }, dout!);
    },
    renderResult: (r) =>
      resultTable(t('kit.forward'), [['z', r.value('z')]], 'forward') +
      resultTable(
        t('kit.backward'),
        [
          ['dx = ∂L/∂x', r.grad('x')],
          ['dy = ∂L/∂y', r.grad('y')],
        ],
        'backward',
      ),
    announce: (r) =>
      `z ${formatNumber(r.value('z'))}; dx ${formatNumber(r.grad('x'))}; dy ${formatNumber(r.grad('y'))}.`,
    graph: (r) => r.view,
  };
}
