/**
 * The shopping example (chapter 2, again in chapter 4): 2 apples at 100, 3 oranges at 150,
 * tax 1.1. Forward gives the payment 715; backward gives how much the payment moves per
 * unit of each input: 2.2, 110, 3.3, 165, 650.
 */
import { shoppingGraph, SHOPPING_LEAVES } from '../../core/graph/index';
import { resultTable } from '../kit/result-tables';
import { formatNumber } from '../../core/format-number';
import type { CellSpec } from '../kit/types';
import { graphResult, scalars, type GraphResult } from '../graph-cell/graph-result';

const graph = shoppingGraph();
const INPUTS = [
  ['applePrice', 'Apple price', 'apple price'],
  ['appleCount', 'Number of apples', 'apples'],
  ['orangePrice', 'Orange price', 'orange price'],
  ['orangeCount', 'Number of oranges', 'oranges'],
  ['tax', 'Tax', 'tax'],
] as const;

const shopping: CellSpec<GraphResult> = {
  kind: 'shopping',
  fields: INPUTS.map(([name, label]) => ({
    kind: 'scalar' as const,
    name,
    label,
    initial: SHOPPING_LEAVES[name],
    step: name === 'tax' ? 0.01 : 1,
  })),
  compute: (values) => graphResult(graph, scalars(values)),
  renderResult: (r) =>
    resultTable('Forward', [['Payment', r.value('payment')]], 'forward') +
    resultTable(
      'Backward: how much the payment changes per unit of each input',
      INPUTS.map(([name, , short]) => [`∂payment/∂${short}`, r.grad(name)] as const),
      'backward',
    ),
  announce: (r) =>
    `Payment ${formatNumber(r.value('payment'))}. Gradients: ` +
    INPUTS.map(([name, , short]) => `${short} ${formatNumber(r.grad(name))}`).join(', ') +
    '.',
  graph: (r) => r.view,
};

export default shopping;
