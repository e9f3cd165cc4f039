/**
 * Chapter 4's runnable shopping cell: the inputs feed `buyAppleOrange` (the very module the
 * chapter lists), and the result prints as a notebook-style output panel with each value
 * rounded, exact, and truncated to an integer, so the chapter's aside on floats can point at it.
 */
import { exactNumber, formatNumber } from '../../core/index';
import { buyAppleOrange, type PurchaseResult } from '../../core/examples/buy-apple-orange';
import type { CellSpec, CellValues } from '../kit/types';
import { escapeHtml } from '../html/escape';
import { t, type MessageKey } from '../../messages';
import { fill } from '../../messages/fill';

/** The rows of the output panel, in the order the function returns them. */
const ROWS: readonly { key: keyof PurchaseResult; meaning: MessageKey; gradient?: true }[] = [
  { key: 'price', meaning: 'shopping.name.payment' },
  { key: 'dApple', meaning: 'shopping.name.applePrice', gradient: true },
  { key: 'dApple_num', meaning: 'shopping.name.numberOfApples', gradient: true },
  { key: 'dOrange', meaning: 'shopping.name.orangePrice', gradient: true },
  { key: 'dOrange_num', meaning: 'shopping.name.numberOfOranges', gradient: true },
  { key: 'dTax', meaning: 'shopping.name.tax', gradient: true },
];

const num = (values: CellValues, name: string): number => {
  const v = values[name];
  return typeof v === 'number' ? v : Number.NaN;
};

export const buyAppleOrangeCell: CellSpec<PurchaseResult> = {
  kind: 'buy-apple-orange',
  areas: ['shopping'],
  fields: [
    { kind: 'scalar', name: 'applePrice', label: 'shopping.applePrice', initial: 100, step: 10 },
    { kind: 'scalar', name: 'appleCount', label: 'shopping.appleCount', initial: 2 },
    { kind: 'scalar', name: 'orangePrice', label: 'shopping.orangePrice', initial: 150, step: 10 },
    { kind: 'scalar', name: 'orangeCount', label: 'shopping.orangeCount', initial: 3 },
    { kind: 'scalar', name: 'tax', label: 'shopping.tax', initial: 1.1, step: 0.01 },
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
    t('shopping.run.announce', {
      price: formatNumber(r.price),
      dApple: formatNumber(r.dApple),
      dAppleNum: formatNumber(r.dApple_num),
      dOrange: formatNumber(r.dOrange),
      dOrangeNum: formatNumber(r.dOrange_num),
      dTax: formatNumber(r.dTax),
    }),
};

/** The panel: one row per returned value; forward and backward rows are grouped and headed. */
export function renderRunOutput(result: PurchaseResult): string {
  const row = ({ key, meaning, gradient }: (typeof ROWS)[number]): string => {
    const x = result[key];
    const words = gradient ? t('shopping.gradient', { input: t(meaning) }) : t(meaning);
    return (
      `<tr><th scope="row"><code>${key}</code> <span class="run-output__meaning">${escapeHtml(words)}</span></th>` +
      `<td>${formatNumber(x)}</td><td><code>${exactNumber(x)}</code></td>` +
      // `|| 0` keeps a truncated −0.4 from printing as "-0".
      `<td>${exactNumber(Math.trunc(x) || 0)}</td></tr>`
    );
  };
  const [forward, ...backward] = ROWS;
  const w = (key: MessageKey): string => escapeHtml(t(key));
  const fn = 'buyAppleOrange';
  return (
    // A focusable region: on a phone the panel scrolls sideways, and keyboards must reach it.
    `<div class="run-output" tabindex="0" role="region" aria-label="${escapeHtml(t('shopping.run.label', { fn }))}">` +
    `<table class="run-output__table">` +
    `<caption>${fill(escapeHtml(t('shopping.run.caption', { fn: '{fn}' })), { fn: `<code>${fn}</code>` })}</caption>` +
    `<thead><tr><th scope="col">${w('shopping.run.name')}</th><th scope="col">${w('shopping.run.rounded')}</th>` +
    `<th scope="col">${w('shopping.run.exact')}</th><th scope="col">${w('shopping.run.truncated')}</th></tr></thead>` +
    `<tbody class="run-output__forward"><tr><th scope="rowgroup" colspan="4">${w('shopping.run.forward')}</th></tr>` +
    `${forward ? row(forward) : ''}</tbody>` +
    `<tbody class="run-output__backward"><tr><th scope="rowgroup" colspan="4">${w('shopping.run.backward')}</th></tr>` +
    `${backward.map(row).join('')}</tbody></table></div>`
  );
}

export default buyAppleOrangeCell;
