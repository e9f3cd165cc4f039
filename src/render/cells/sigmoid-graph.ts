/**
 * The sigmoid drawn as its four primitives (×(−1), exp, +1, 1/x), for chapter 5: step backward
 * to see −z², 1, exp(−x) and −1 combine into y(1 − y).
 */
import { sigmoidGraph } from '../../core/graph/index';
import { formatNumber } from '../../core/format-number';
import { resultTable } from '../kit/result-tables';
import type { CellSpec } from '../kit/types';
import { t } from '../../messages';
import { graphResult, scalars, type GraphResult } from '../graph-cell/graph-result';

const graph = sigmoidGraph();

const sigmoid: CellSpec<GraphResult> = {
  kind: 'sigmoid-graph',
  areas: ['chain'],
  fields: [
    { kind: 'scalar', name: 'x', label: 'chain.x', initial: 0.5, step: 0.5 },
    { kind: 'scalar', name: 'dout', label: 'chain.upstreamDout', initial: 1 },
  ],
  compute: (values) => {
    const { x, dout } = scalars(values);
    return graphResult(graph, { x: x! }, dout!);
  },
  renderResult: (r) =>
    resultTable(t('kit.forward'), [['y = σ(x)', r.value('y')]], 'forward') +
    resultTable(
      t('kit.backward'),
      [
        ['dx', r.grad('x')],
        ['dout · y(1 − y)', r.grad('y') * r.value('y') * (1 - r.value('y'))],
      ],
      'backward',
    ),
  announce: (r) => `y ${formatNumber(r.value('y'))}; dx ${formatNumber(r.grad('x'))}.`,
  graph: (r) => r.view,
};

export default sigmoid;
