/**
 * The shopping example in code: apples and oranges with a consumption tax, built from
 * MulLayer and AddLayer. Each call is tagged with the graph node it computes (①–④), so the
 * listing in chapter 4 can be read side by side with the figure. The chapter's cell runs this
 * very function.
 */
import { AddLayer } from '../add-layer';
import { MulLayer } from '../mul-layer';

/** What was bought: prices per piece, counts, and the tax as a multiplier (1.1 = 10 %). */
export interface Purchase {
  readonly applePrice: number;
  readonly appleCount: number;
  readonly orangePrice: number;
  readonly orangeCount: number;
  readonly tax: number;
}

/** The payment and its gradient with respect to each input, named as the chapter prints them. */
export interface PurchaseResult {
  readonly price: number;
  readonly dApple: number;
  readonly dApple_num: number;
  readonly dOrange: number;
  readonly dOrange_num: number;
  readonly dTax: number;
}

/** Runs the shopping graph forward, then backward from ∂price/∂price = 1. */
export function buyAppleOrange(p: Purchase): PurchaseResult {
  const mulApple = new MulLayer(); // node ①: apple price × number of apples
  const mulOrange = new MulLayer(); // node ②: orange price × number of oranges
  const addFruit = new AddLayer(); // node ③: apples + oranges
  const mulTax = new MulLayer(); // node ④: subtotal × tax

  // forward: left to right through the graph
  const apples = mulApple.forward(p.applePrice, p.appleCount); // ①
  const oranges = mulOrange.forward(p.orangePrice, p.orangeCount); // ②
  const subtotal = addFruit.forward(apples, oranges); // ③
  const price = mulTax.forward(subtotal, p.tax); // ④

  // backward: right to left, each layer after every layer that used its output
  const dprice = 1;
  const [dSubtotal, dTax] = mulTax.backward(dprice); // ④
  const [dApples, dOranges] = addFruit.backward(dSubtotal); // ③
  const [dOrange, dOrange_num] = mulOrange.backward(dOranges); // ②
  const [dApple, dApple_num] = mulApple.backward(dApples); // ①

  return { price, dApple, dApple_num, dOrange, dOrange_num, dTax };
}
