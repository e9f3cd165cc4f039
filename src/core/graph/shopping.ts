/**
 * The shopping example as a graph: 2 apples at 100, 3 oranges at 150, tax 1.1.
 * Node numbers ①–④ tag the same steps in the chapter's code listing.
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
    outputLabel: 'payment',
    nodes: [
      { kind: 'leaf', id: 'applePrice', label: 'apple price' },
      { kind: 'leaf', id: 'appleCount', label: 'apples' },
      { kind: 'leaf', id: 'orangePrice', label: 'orange price' },
      { kind: 'leaf', id: 'orangeCount', label: 'oranges' },
      { kind: 'leaf', id: 'tax', label: 'tax' },
      {
        kind: 'mul',
        id: 'appleCost',
        label: 'apple cost',
        tag: '①',
        inputs: ['applePrice', 'appleCount'],
      },
      {
        kind: 'mul',
        id: 'orangeCost',
        label: 'orange cost',
        tag: '②',
        inputs: ['orangePrice', 'orangeCount'],
      },
      {
        kind: 'add',
        id: 'subtotal',
        label: 'subtotal',
        tag: '③',
        inputs: ['appleCost', 'orangeCost'],
      },
      { kind: 'mul', id: 'payment', label: 'payment', tag: '④', inputs: ['subtotal', 'tax'] },
    ],
  };
}
