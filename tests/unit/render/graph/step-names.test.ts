// Issue 12: the step-backward panel wrote every local derivative as ∂z/∂x, ∂z/∂y, which clashes
// with cells whose own inputs are called x and y. It now writes the nodes' own names.
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  shoppingGraph,
  sigmoidGraph,
  SHOPPING_LEAVES,
} from '../../../../src/core/graph/index';
import { graphView } from '../../../../src/render/graph/to-view';

describe('backward steps name the nodes they differentiate', () => {
  it('shopping: multiply node ④ is ∂payment/∂subtotal and ∂payment/∂tax', () => {
    const g = shoppingGraph();
    const [four, three, two] = graphView(g, evaluate(g, SHOPPING_LEAVES)).steps;
    expect(four?.local).toBe('∂payment/∂subtotal = tax = 1.1, ∂payment/∂tax = subtotal = 650');
    expect(three?.local).toBe('∂subtotal/∂(apple cost) = ∂subtotal/∂(orange cost) = 1');
    expect(two?.local).toContain('∂(orange cost)/∂(orange price) = oranges = 3');
  });

  it('sigmoid: each primitive uses its node’s symbol, bracketed where it is an expression', () => {
    const s = sigmoidGraph();
    const steps = graphView(s, evaluate(s, { x: 0.5 })).steps.map((step) => step.local);
    expect(steps).toEqual([
      '∂y/∂(1 + exp(−x)) = −1/(1 + exp(−x))² = −y² = -0.3875',
      '∂(1 + exp(−x))/∂(exp(−x)) = 1',
      '∂(exp(−x))/∂(−x) = exp(−x) = 0.6065',
      '∂(−x)/∂x = −1',
    ]);
  });

  it('never writes the generic z of an operation', () => {
    const cases = [
      [shoppingGraph(), SHOPPING_LEAVES],
      [sigmoidGraph(), { x: 1 }],
    ] as const;
    for (const [g, leaves] of cases) {
      for (const step of graphView(g, evaluate(g, leaves)).steps) {
        expect(step.local).not.toMatch(/∂z\//);
      }
    }
  });
});
