/**
 * Chapter 1's cost cell: the reader picks a parameter count and sees how many passes each way
 * of getting the gradient needs. (The in-browser timing beside it lives in
 * src/widgets/gradient-timing-element.ts; this spec is only the counting.)
 */
import { gradientCost, type GradientCost } from '../../core/cost-model';
import { InputError } from '../../core/input-error';
import { formatCount } from '../html/number-html';
import type { CellSpec } from '../kit/types';

/** The largest count we accept: far beyond any network, still exact as a float. */
export const MAX_PARAMETERS = 1e13;

/** The book's MNIST network, 784 → 50 → 10: 39 760 weights and biases. */
export const BOOK_NETWORK_PARAMETERS = 39_760;

export const gradientCostCell: CellSpec<GradientCost> = {
  kind: 'gradient-cost',
  fields: [
    {
      kind: 'scalar',
      name: 'parameters',
      label: 'Number of parameters',
      initial: BOOK_NETWORK_PARAMETERS,
      step: 1000,
    },
  ],
  compute: (values) => {
    const p = values['parameters'];
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 1) {
      throw new InputError('parameters', 'Enter a whole number of parameters, 1 or more.');
    }
    if (p > MAX_PARAMETERS) {
      throw new InputError(
        'parameters',
        `Up to ${formatCount(MAX_PARAMETERS)} parameters, please.`,
      );
    }
    return gradientCost(p);
  },
  // Two columns, so the table fits a phone: the method, then what it needs.
  renderResult: (c) =>
    `<table class="bp-result gradient-cost"><caption>Passes through the network for one gradient</caption>` +
    `<tbody><tr><th scope="row">numerical (central differences)</th>` +
    `<td><data value="${c.numericalForwardPasses}">${formatCount(c.numericalForwardPasses)}</data> <span>forward passes</span></td></tr>` +
    `<tr><th scope="row">backpropagation</th>` +
    `<td>${c.backpropForwardPasses} <span>forward +</span> ${c.backpropBackwardPasses} <span>backward pass</span></td></tr>` +
    `</tbody></table>`,
  announce: (c) =>
    `${formatCount(c.parameters)} parameters: numerical gradient ${formatCount(c.numericalForwardPasses)} ` +
    `forward passes; backpropagation 1 forward and 1 backward pass`,
};

export default gradientCostCell;
