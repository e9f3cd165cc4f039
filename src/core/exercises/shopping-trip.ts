/**
 * Chapter 2: the shopping trip with fresh numbers: n apples at p, m oranges at q, tax r (a
 * multiplier, 1.1 = 10 %), run forward and backward by the book's own layers (`buyAppleOrange`).
 * One problem serves the chapter's exercises on the payment and on its gradients.
 */
import { buyAppleOrange, type Purchase, type PurchaseResult } from '../examples/buy-apple-orange';
import { picker, tidy } from './pick';

export interface ShoppingTripProblem {
  readonly purchase: Purchase;
  readonly result: PurchaseResult;
  readonly apples: number;
  readonly oranges: number;
  readonly subtotal: number;
}

export function shoppingTrip(seed: number): ShoppingTripProblem {
  const pick = picker(seed);
  const applePrice = pick.int(5, 30) * 10;
  let orangePrice = pick.int(5, 30) * 10;
  if (orangePrice === applePrice) orangePrice += 10;
  const appleCount = pick.int(2, 6);
  let orangeCount = pick.int(2, 6);
  if (orangeCount === appleCount) orangeCount = appleCount === 6 ? 2 : appleCount + 1;
  const tax = pick.one([1.05, 1.08, 1.1, 1.2]);
  const purchase = { applePrice, appleCount, orangePrice, orangeCount, tax };
  const r = buyAppleOrange(purchase);
  const result: PurchaseResult = {
    price: tidy(r.price),
    dApple: tidy(r.dApple),
    dApple_num: tidy(r.dApple_num),
    dOrange: tidy(r.dOrange),
    dOrange_num: tidy(r.dOrange_num),
    dTax: tidy(r.dTax),
  };
  const apples = applePrice * appleCount;
  const oranges = orangePrice * orangeCount;
  return { purchase, result, apples, oranges, subtotal: apples + oranges };
}

/** The same trip with the tax doubled (chapter 2's prediction). */
export function withDoubledTax(p: ShoppingTripProblem): PurchaseResult {
  const r = buyAppleOrange({ ...p.purchase, tax: 2 * p.purchase.tax });
  return {
    price: tidy(r.price),
    dApple: tidy(r.dApple),
    dApple_num: tidy(r.dApple_num),
    dOrange: tidy(r.dOrange),
    dOrange_num: tidy(r.dOrange_num),
    dTax: tidy(r.dTax),
  };
}

/** What doubling the tax changes among the five gradients: the prediction's options. */
export const TAX_OPTIONS = ['tax-only', 'all-but-tax', 'all', 'none'] as const;
export type TaxOption = (typeof TAX_OPTIONS)[number];

/** The option that describes what the layers compute when the tax doubles. */
export function taxDoublingAnswer(p: ShoppingTripProblem): TaxOption {
  const after = withDoubledTax(p);
  const inputs = (['dApple', 'dApple_num', 'dOrange', 'dOrange_num'] as const).filter(
    (k) => after[k] !== p.result[k],
  ).length;
  const tax = after.dTax !== p.result.dTax;
  if (inputs === 4 && !tax) return 'all-but-tax';
  if (inputs === 4 && tax) return 'all';
  if (inputs === 0 && tax) return 'tax-only';
  return 'none';
}
