/**
 * The shopping example in code: apples and oranges with a consumption
 * tax, built from MulLayer and AddLayer. Each call is tagged with the
 * graph node it computes (① to ④), so the code reads side by side with
 * the figure. Chapter 4 lists this file and its cell runs it.
 */
import { AddLayer } from '../add-layer';
import { MulLayer } from '../mul-layer';

/** Prices per piece, counts, and the tax as a multiplier (1.1 = 10 %). */
export interface Purchase {
  readonly applePrice: number;
  readonly appleCount: number;
  readonly orangePrice: number;
  readonly orangeCount: number;
  readonly tax: number;
}

/** The payment and its gradient for each input, named as printed. */
export interface PurchaseResult {
  readonly price: number;
  readonly dApple: number;
  readonly dApple_num: number;
  readonly dOrange: number;
  readonly dOrange_num: number;
  readonly dTax: number;
}

/** Runs the graph forward, then backward from ∂price/∂price = 1. */
export function buyAppleOrange(p: Purchase): PurchaseResult {
  const { applePrice, appleCount, orangePrice, orangeCount, tax } = p;
  const mulApple = new MulLayer(); // ① apple price × count
  const mulOrange = new MulLayer(); // ② orange price × count
  const addFruit = new AddLayer(); // ③ apples + oranges
  const mulTax = new MulLayer(); // ④ subtotal × tax

  // forward: left to right through the graph
  const apples = mulApple.forward(applePrice, appleCount); // ①
  const oranges = mulOrange.forward(orangePrice, orangeCount); // ②
  const subtotal = addFruit.forward(apples, oranges); // ③
  const price = mulTax.forward(subtotal, tax); // ④

  // backward: right to left, each layer after those that used it
  const dprice = 1;
  const [dSubtotal, dTax] = mulTax.backward(dprice); // ④
  const [dApples, dOranges] = addFruit.backward(dSubtotal); // ③
  const [dOrange, dOrange_num] = mulOrange.backward(dOranges); // ②
  const [dApple, dApple_num] = mulApple.backward(dApples); // ①

  return { price, dApple, dApple_num, dOrange, dOrange_num, dTax };
}
