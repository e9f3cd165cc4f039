/**
 * Chapter 4's runnable shopping cell: the inputs feed `buyAppleOrange` (the very module the
 * chapter lists), and the result prints as a notebook-style output panel with each value
 * rounded, exact, and truncated to an integer, so the chapter's aside on floats can point at it.
 */
import { exactNumber, formatNumber } from '../../core/index';
import { buyAppleOrange, type PurchaseResult } from '../../core/examples/buy-apple-orange';
import type { CellSpec, CellValues } from '../kit/types';

/** The rows of the output panel, in the order the function returns them. */
const ROWS: readonly { key: keyof PurchaseResult; meaning: string }[] = [
  { key: 'price', meaning: 'payment' },
  { key: 'dApple', meaning: '∂payment/∂apple price' },
  { key: 'dApple_num', meaning: '∂payment/∂number of apples' },
  { key: 'dOrange', meaning: '∂payment/∂orange price' },
  { key: 'dOrange_num', meaning: '∂payment/∂number of oranges' },
  { key: 'dTax', meaning: '∂payment/∂tax' },
];

const num = (values: CellValues, name: string): number => {
  const v = values[name];
  return typeof v === 'number' ? v : Number.NaN;
};

export const buyAppleOrangeCell: CellSpec<PurchaseResult> = {
  kind: 'buy-apple-orange',
  fields: [
    { kind: 'scalar', name: 'applePrice', label: 'Apple price', initial: 100, step: 10 },
    { kind: 'scalar', name: 'appleCount', label: 'Number of apples', initial: 2 },
    { kind: 'scalar', name: 'orangePrice', label: 'Orange price', initial: 150, step: 10 },
    { kind: 'scalar', name: 'orangeCount', label: 'Number of oranges', initial: 3 },
    { kind: 'scalar', name: 'tax', label: 'Tax', initial: 1.1, step: 0.01 },
  ],
  compute: (values) =>
    buyAppleOrange({
      applePrice: num(values, 'applePrice'),
      appleCount: num(values, 'appleCount'),
      orangePrice: num(values, 'orangePrice'),
      orangeCount: num(values, 'orangeCount'),
      tax: num(values, 'tax'),
    }),
  renderResult: (result) => renderRunOutput(result),
  announce: (r) =>
    `Payment ${formatNumber(r.price)}; dApple ${formatNumber(r.dApple)}, ` +
    `dApple_num ${formatNumber(r.dApple_num)}, dOrange ${formatNumber(r.dOrange)}, ` +
    `dOrange_num ${formatNumber(r.dOrange_num)}, dTax ${formatNumber(r.dTax)}`,
};

/** The panel: one row per returned value; forward and backward rows are grouped and headed. */
export function renderRunOutput(result: PurchaseResult): string {
  const row = ({ key, meaning }: (typeof ROWS)[number]): string => {
    const x = result[key];
    return (
      `<tr><th scope="row"><code>${key}</code> <span class="run-output__meaning">${meaning}</span></th>` +
      `<td>${formatNumber(x)}</td><td><code>${exactNumber(x)}</code></td>` +
      // `|| 0` keeps a truncated −0.4 from printing as "-0".
      `<td>${exactNumber(Math.trunc(x) || 0)}</td></tr>`
    );
  };
  const [forward, ...backward] = ROWS;
  return (
    // A focusable region: on a phone the panel scrolls sideways, and keyboards must reach it.
    `<div class="run-output" tabindex="0" role="region" aria-label="Run output of buyAppleOrange">` +
    `<table class="run-output__table">` +
    `<caption>Out: what <code>buyAppleOrange</code> returns</caption>` +
    `<thead><tr><th scope="col">name</th><th scope="col">rounded</th>` +
    `<th scope="col">exact float</th><th scope="col">truncated</th></tr></thead>` +
    `<tbody class="run-output__forward"><tr><th scope="rowgroup" colspan="4">forward</th></tr>` +
    `${forward ? row(forward) : ''}</tbody>` +
    `<tbody class="run-output__backward"><tr><th scope="rowgroup" colspan="4">backward (gradients)</th></tr>` +
    `${backward.map(row).join('')}</tbody></table></div>`
  );
}

export default buyAppleOrangeCell;
