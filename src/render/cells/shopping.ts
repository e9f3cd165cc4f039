/**
 * The shopping example (chapter 2, again in chapter 4): 2 apples at 100, 3 oranges at 150,
 * tax 1.1. Forward gives the payment 715; backward gives how much the payment moves per
 * unit of each input: 2.2, 110, 3.3, 165, 650.
 */
import { shoppingGraph, SHOPPING_LEAVES } from '../../core/graph/index';
import { resultTable } from '../kit/result-tables';
import { formatNumber } from '../../core/format-number';
import type { CellSpec } from '../kit/types';
import { t } from '../../messages';
import { graphResult, scalars, type GraphResult } from '../graph-cell/graph-result';

const graph = shoppingGraph();
const INPUTS = [
  ['applePrice', 'shopping.applePrice', 'shopping.name.applePrice'],
  ['appleCount', 'shopping.appleCount', 'shopping.name.apples'],
  ['orangePrice', 'shopping.orangePrice', 'shopping.name.orangePrice'],
  ['orangeCount', 'shopping.orangeCount', 'shopping.name.oranges'],
  ['tax', 'shopping.tax', 'shopping.name.tax'],
] as const;

const shopping: CellSpec<GraphResult> = {
  kind: 'shopping',
  areas: ['shopping'],
  fields: INPUTS.map(([name, label]) => ({
    kind: 'scalar' as const,
    name,
    label,
    initial: SHOPPING_LEAVES[name],
    step: name === 'tax' ? 0.01 : 1,
  })),
  compute: (values) => graphResult(graph, scalars(values)),
  renderResult: (r) =>
    resultTable(t('kit.forward'), [[t('shopping.payment'), r.value('payment')]], 'forward') +
    resultTable(
      t('shopping.backward'),
      INPUTS.map(
        ([name, , short]) => [t('shopping.gradient', { input: t(short) }), r.grad(name)] as const,
      ),
      'backward',
    ),
  announce: (r) =>
    t('shopping.announce', {
      payment: formatNumber(r.value('payment')),
      applePrice: formatNumber(r.grad('applePrice')),
      apples: formatNumber(r.grad('appleCount')),
      orangePrice: formatNumber(r.grad('orangePrice')),
      oranges: formatNumber(r.grad('orangeCount')),
      tax: formatNumber(r.grad('tax')),
    }),
  graph: (r) => r.view,
};

export default shopping;
