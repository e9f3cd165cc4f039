/**
 * The shopping trip's numbers as chapters 2–4 state them in prose, computed at build time by
 * evaluating core's shopping graph at the cells' starting values (`SHOPPING_LEAVES`), so a
 * changed default or a changed layer changes the prose. Strings are in the cells' display format.
 */
import { evaluate, shoppingGraph, SHOPPING_LEAVES } from '../../core/graph/index';
import { buyAppleOrange } from '../../core/examples/buy-apple-orange';
import { formatNumber } from '../../core/format-number';
import { displayMath, inlineMath } from './math';

const f = formatNumber;

/** Every value and gradient of the shopping graph, formatted, plus the formulas that state them. */
export function shop(
  leaves: Readonly<Record<keyof typeof SHOPPING_LEAVES, number>> = SHOPPING_LEAVES,
) {
  const e = evaluate(shoppingGraph(), leaves);
  const val = (id: string) => e.values.get(id)!;
  const grad = (id: string) => e.grads.get(id)!;
  const { applePrice, appleCount, orangePrice, orangeCount, tax } = leaves;
  const dSub = grad('subtotal');
  // The cell's experiment in chapters 3 and 4: the apple price raised to 120.
  const at120 = buyAppleOrange({ ...leaves, applePrice: 120 });
  const taxStep = 0.01;
  const mul = (a: number, b: number, c: number) => `${f(a)} \\times ${f(b)} = ${f(c)}`;
  return {
    apples: f(val('appleCost')),
    oranges: f(val('orangeCost')),
    subtotal: f(val('subtotal')),
    payment: f(val('payment')),
    dSubtotal: f(dSub),
    dApplePrice: f(grad('applePrice')),
    dAppleCount: f(grad('appleCount')),
    dOrangePrice: f(grad('orangePrice')),
    dOrangeCount: f(grad('orangeCount')),
    dTax: f(grad('tax')),
    /** Apple price 120: the payment, and the tax gradient (the grown subtotal). */
    payment120: f(at120.price),
    dTax120: f(at120.dTax),
    tex: {
      /** `L = (100 × 2 + 150 × 3) × 1.1 = 715 .` as display math. */
      payment: displayMath(
        `L = (${f(applePrice)} \\times ${f(appleCount)} + ${f(orangePrice)} \\times ${f(orangeCount)}) \\times ${f(tax)} = ${f(val('payment'))} .`,
      ),
      paymentInline: inlineMath(`L = ${f(val('payment'))}`),
      dApplePrice: inlineMath(mul(dSub, appleCount, grad('applePrice'))),
      /** The apple price's gradient as chapter 2 reasons it: count × tax. */
      dApplePriceByCount: inlineMath(mul(appleCount, tax, grad('applePrice'))),
      dAppleCount: inlineMath(mul(dSub, applePrice, grad('appleCount'))),
      dOrangePrice: inlineMath(mul(dSub, orangeCount, grad('orangePrice'))),
      dOrangeCount: inlineMath(mul(dSub, orangePrice, grad('orangeCount'))),
      dSubtotal: inlineMath(mul(1, tax, dSub)),
      dTax: inlineMath(mul(1, val('subtotal'), grad('tax'))),
      /** The payment as subtotal × tax (chapter 4's 650 × 1.15), rounded as the cell shows it. */
      taxedSubtotal: inlineMath(mul(val('subtotal'), tax, val('payment'))),
      /** The apple count's gradient as tax × price (chapter 4's 1.15 × 100). */
      dAppleCountByPrice: inlineMath(mul(tax, applePrice, grad('appleCount'))),
      taxStep: inlineMath(mul(grad('tax'), taxStep, grad('tax') * taxStep)),
    },
  };
}
