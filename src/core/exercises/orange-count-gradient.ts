/**
 * Chapter 4, the shopping code with new numbers: `buyAppleOrange` returns dOrange_num, the
 * gradient for the number of oranges, orange price × tax (the add node passes the tax node's
 * upstream gradient through, the orange multiply swaps in the price).
 */
import { buyAppleOrange, type Purchase, type PurchaseResult } from '../examples/buy-apple-orange';
import { picker, type Picker } from './pick';
import { allDistinct, drawUntil } from './draw';

export interface OrangeCountGradientProblem {
  readonly purchase: Purchase;
  readonly result: PurchaseResult;
}

/** Tax multipliers a reader can work with by hand (5 % to 20 %). */
const TAXES = [1.05, 1.08, 1.1, 1.15, 1.2] as const;

function draw(pick: Picker): OrangeCountGradientProblem {
  const purchase: Purchase = {
    applePrice: 10 * pick.int(5, 30),
    appleCount: pick.int(1, 9),
    orangePrice: 10 * pick.int(5, 30),
    orangeCount: pick.int(1, 9),
    tax: pick.one(TAXES),
  };
  return { purchase, result: buyAppleOrange(purchase) };
}

/** The mistakes a hint names, by the number each gives. */
export function orangeCountGradientMistakes(p: OrangeCountGradientProblem) {
  const { orangePrice, orangeCount, tax } = p.purchase;
  return {
    noTax: orangePrice,
    swapped: p.result.dOrange,
    forward: orangePrice * orangeCount * tax,
  } as const;
}

export function orangeCountGradient(seed: number): OrangeCountGradientProblem {
  return drawUntil(picker(seed), draw, (p) =>
    allDistinct([p.result.dOrange_num, ...Object.values(orangeCountGradientMistakes(p))]),
  );
}
