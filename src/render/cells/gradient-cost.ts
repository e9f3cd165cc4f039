/**
 * Chapter 1's cost cell: the reader picks a parameter count and sees how many passes each way
 * of getting the gradient needs. (The in-browser timing beside it lives in
 * src/widgets/gradient-timing-element.ts; this spec is only the counting.)
 */
import { gradientCost, type GradientCost } from '../../core/cost-model';
import { InputError } from '../../core/input-error';
import { formatCount } from '../html/number-html';
import type { CellSpec } from '../kit/types';
import { escapeHtml } from '../html/escape';
import { t } from '../../messages';

/** The largest count we accept: far beyond any network, still exact as a float. */
export const MAX_PARAMETERS = 1e13;

/** The book's MNIST network, 784 → 50 → 10: 39 760 weights and biases. */
export const BOOK_NETWORK_PARAMETERS = 39_760;

export const gradientCostCell: CellSpec<GradientCost> = {
  kind: 'gradient-cost',
  areas: ['cost'],
  fields: [
    {
      kind: 'scalar',
      name: 'parameters',
      label: 'cost.parameters',
      initial: BOOK_NETWORK_PARAMETERS,
      step: 1000,
    },
  ],
  compute: (values) => {
    const p = values['parameters'];
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 1) {
      throw new InputError('parameters', t('cost.enterWhole'));
    }
    if (p > MAX_PARAMETERS) {
      throw new InputError('parameters', t('cost.tooMany', { max: formatCount(MAX_PARAMETERS) }));
    }
    return gradientCost(p);
  },
  // Two columns, so the table fits a phone: the method, then what it needs.
  renderResult: (c) =>
    `<table class="bp-result gradient-cost"><caption>${escapeHtml(t('cost.caption'))}</caption>` +
    `<tbody><tr><th scope="row">${escapeHtml(t('cost.numerical'))}</th>` +
    `<td>${wordsInSpans(t('cost.numericalPasses', { count: '{count}' }), { count: `<data value="${c.numericalForwardPasses}">${formatCount(c.numericalForwardPasses)}</data>` })}</td></tr>` +
    `<tr><th scope="row">${escapeHtml(t('cost.backprop'))}</th>` +
    `<td>${wordsInSpans(t('cost.backpropPasses', { forward: '{forward}', backward: '{backward}' }), { forward: `${c.backpropForwardPasses}`, backward: `${c.backpropBackwardPasses}` })}</td></tr>` +
    `</tbody></table>`,
  announce: (c) =>
    t('cost.announce', {
      parameters: formatCount(c.parameters),
      passes: formatCount(c.numericalForwardPasses),
    }),
};

/**
 * A message rendered with `{slot}`s, as HTML: each slot becomes its markup, and the words
 * between slots go in a `<span>` (so the units read in the body font beside the counts).
 */
function wordsInSpans(message: string, slots: Readonly<Record<string, string>>): string {
  return message
    .split(/(\{\w+\})/)
    .map((part) => {
      const slot = /^\{(\w+)\}$/.exec(part)?.[1];
      if (slot !== undefined && slots[slot] !== undefined) return slots[slot];
      const [, before = '', words = '', after = ''] = /^(\s*)(.*?)(\s*)$/s.exec(part) ?? [];
      return words ? `${before}<span>${escapeHtml(words)}</span>${after}` : part;
    })
    .join('');
}

export default gradientCostCell;
