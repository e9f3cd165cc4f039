/**
 * Chapter 4, the shopping code with new numbers: `buyAppleOrange` returns dOrange_num, the
 * gradient for the number of oranges, orange price × tax (the add node passes the tax node's
 * upstream gradient through, the orange multiply swaps in the price).
 */
import { buyAppleOrange, type Purchase, type PurchaseResult } from '../examples/buy-apple-orange';
import { mulberry32 } from '../random';
import { allDistinct, drawUntil, int, pick } from './draw';

export interface ShoppingOrangeCountProblem {
  readonly purchase: Purchase;
  readonly result: PurchaseResult;
}

/** Tax multipliers a reader can work with by hand (5 % to 20 %). */
const TAXES = [1.05, 1.08, 1.1, 1.15, 1.2] as const;

function draw(random: () => number): ShoppingOrangeCountProblem {
  const purchase: Purchase = {
    applePrice: 10 * int(random, 5, 30),
    appleCount: int(random, 1, 9),
    orangePrice: 10 * int(random, 5, 30),
    orangeCount: int(random, 1, 9),
    tax: pick(random, TAXES),
  };
  return { purchase, result: buyAppleOrange(purchase) };
}

/** The mistakes a hint names, by the number each gives. */
export function shoppingOrangeCountMistakes(p: ShoppingOrangeCountProblem) {
  const { orangePrice, orangeCount, tax } = p.purchase;
  return {
    noTax: orangePrice,
    swapped: p.result.dOrange,
    forward: orangePrice * orangeCount * tax,
  } as const;
}

export function shoppingOrangeCountProblem(seed: number): ShoppingOrangeCountProblem {
  return drawUntil(mulberry32(seed), draw, (p) =>
    allDistinct([p.result.dOrange_num, ...Object.values(shoppingOrangeCountMistakes(p))]),
  );
}
