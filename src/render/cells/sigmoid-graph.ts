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
/** A number for the live region; the primitive route's overflow is said in words. */
const said = (v: number): string => (Number.isFinite(v) ? formatNumber(v) : t('graph.noValue'));

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
  // As in chapter 5's sigmoid cell: the primitive route may overflow (exp(−x) for x below about
  // −709.78) and says so in words; y and the formula's route must stay finite.
  guarded: (r) => [r.value('y'), r.grad('y') * r.value('y') * (1 - r.value('y'))],
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
  announce: (r) => `y ${said(r.value('y'))}; dx ${said(r.grad('x'))}.`,
  graph: (r) => r.view,
};

export default sigmoid;
