/**
 * The shopping example as a graph: 2 apples at 100, 3 oranges at 150, tax 1.1.
 * Node numbers ①–④ tag the same steps in the chapter's code listing. Nodes carry ids only:
 * the words a reader sees ("apple price") are the renderer's, by id (src/render/graph/node-names.ts).
 */
import type { Graph } from './types';

/** Leaf ids double as the cell's field names. */
export const SHOPPING_LEAVES = {
  applePrice: 100,
  appleCount: 2,
  orangePrice: 150,
  orangeCount: 3,
  tax: 1.1,
} as const;

export function shoppingGraph(): Graph {
  return {
    output: 'payment',
    nodes: [
      { kind: 'leaf', id: 'applePrice' },
      { kind: 'leaf', id: 'appleCount' },
      { kind: 'leaf', id: 'orangePrice' },
      { kind: 'leaf', id: 'orangeCount' },
      { kind: 'leaf', id: 'tax' },
      {
        kind: 'mul',
        id: 'appleCost',
        tag: '①',
        inputs: ['applePrice', 'appleCount'],
      },
      {
        kind: 'mul',
        id: 'orangeCost',
        tag: '②',
        inputs: ['orangePrice', 'orangeCount'],
      },
      {
        kind: 'add',
        id: 'subtotal',
        tag: '③',
        inputs: ['appleCost', 'orangeCost'],
      },
      { kind: 'mul', id: 'payment', tag: '④', inputs: ['subtotal', 'tax'] },
    ],
  };
}
