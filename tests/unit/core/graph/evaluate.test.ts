import { describe, expect, it } from 'vitest';
import {
  evaluate,
  GraphError,
  shoppingGraph,
  SHOPPING_LEAVES,
  sigmoidGraph,
  topologicalOrder,
  type Graph,
} from '../../../../src/core/graph/index';

describe('the shopping graph', () => {
  const ev = evaluate(shoppingGraph(), SHOPPING_LEAVES);

  it('pays 715 for 2 apples at 100 and 3 oranges at 150 with tax 1.1', () => {
    expect(ev.values.get('appleCost')).toBe(200);
    expect(ev.values.get('orangeCost')).toBe(450);
    expect(ev.values.get('subtotal')).toBe(650);
    expect(ev.values.get('payment')).toBeCloseTo(715, 10);
  });

  it('gives the book’s gradients 2.2, 110, 3.3, 165, 650', () => {
    expect(ev.grads.get('applePrice')).toBeCloseTo(2.2, 12);
    expect(ev.grads.get('appleCount')).toBeCloseTo(110, 10);
    expect(ev.grads.get('orangePrice')).toBeCloseTo(3.3, 12);
    expect(ev.grads.get('orangeCount')).toBeCloseTo(165, 10);
    expect(ev.grads.get('tax')).toBe(650);
  });

  it('with apple price 120 pays 759 and the tax gradient is 690', () => {
    const e = evaluate(shoppingGraph(), { ...SHOPPING_LEAVES, applePrice: 120 });
    expect(e.values.get('payment')).toBeCloseTo(759, 10);
    expect(e.grads.get('tax')).toBe(690);
  });

  it('agrees with central differences for every input', () => {
    const h = 1e-5;
    const pay = (leaves: Record<string, number>) =>
      evaluate(shoppingGraph(), leaves).values.get('payment')!;
    for (const name of Object.keys(SHOPPING_LEAVES) as (keyof typeof SHOPPING_LEAVES)[]) {
      const x = SHOPPING_LEAVES[name];
      const numeric =
        (pay({ ...SHOPPING_LEAVES, [name]: x + h }) - pay({ ...SHOPPING_LEAVES, [name]: x - h })) /
        (2 * h);
      const analytic = ev.grads.get(name)!;
      expect(Math.abs(numeric - analytic) / Math.abs(analytic)).toBeLessThan(1e-7);
    }
  });

  it('records each edge’s value and gradient, visiting ④ ③ ② ① backward', () => {
    expect(ev.backwardOrder.map((n) => n.tag)).toEqual(['④', '③', '②', '①']);
    const taxEdge = ev.edges.find((e) => e.from === 'tax')!;
    expect(taxEdge).toMatchObject({ to: 'payment', value: 1.1, grad: 650 });
    expect(ev.edges).toHaveLength(8);
  });
});

describe('the sigmoid built from ×(−1), exp, +1, 1/x', () => {
  const sigma = (x: number) => 1 / (1 + Math.exp(-x));
  it.each([-3, -0.5, 0, 0.7, 4])('matches σ(%d) and σ′ = y(1 − y)', (x) => {
    const ev = evaluate(sigmoidGraph(), { x });
    const y = sigma(x);
    expect(ev.values.get('y')).toBeCloseTo(y, 14);
    expect(ev.grads.get('x')).toBeCloseTo(y * (1 - y), 14);
  });

  it('scales the gradient by the upstream seed', () => {
    const ev = evaluate(sigmoidGraph(), { x: 0 }, 2);
    expect(ev.grads.get('x')).toBeCloseTo(0.5, 14);
  });
});

describe('graph errors', () => {
  it('refuses a cycle', () => {
    const g: Graph = {
      output: 'a',
      outputLabel: 'a',
      nodes: [
        { kind: 'add1', id: 'a', inputs: ['b'] },
        { kind: 'add1', id: 'b', inputs: ['a'] },
      ],
    };
    expect(() => topologicalOrder(g)).toThrow(GraphError);
  });

  it('refuses a missing leaf value and a wrong arity', () => {
    expect(() => evaluate(sigmoidGraph(), {})).toThrow(/no value for leaf "x"/);
    const g: Graph = {
      output: 'm',
      outputLabel: 'm',
      nodes: [
        { kind: 'leaf', id: 'x', label: 'x' },
        { kind: 'mul', id: 'm', inputs: ['x'] },
      ],
    };
    expect(() => evaluate(g, { x: 1 })).toThrow(/multiply/);
  });

  it('sums gradients over fan-out (x used twice in x · x)', () => {
    const g: Graph = {
      output: 'sq',
      outputLabel: 'sq',
      nodes: [
        { kind: 'leaf', id: 'x', label: 'x' },
        { kind: 'mul', id: 'sq', inputs: ['x', 'x'] },
      ],
    };
    expect(evaluate(g, { x: 3 }).grads.get('x')).toBe(6);
  });
});
