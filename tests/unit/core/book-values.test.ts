import { describe, expect, it } from 'vitest';
import { AddLayer, MulLayer, formatNumber } from '../../../src/core/index';

// Chapter 4's shopping example, node by node as in the figure: ① apples ② oranges ③ sum ④ tax.
describe('the shopping example', () => {
  it('one apple kind: 2 apples at 100, tax 1.1', () => {
    const mulApple = new MulLayer(); // ①
    const mulTax = new MulLayer(); // ②
    const price = mulTax.forward(mulApple.forward(100, 2), 1.1);
    const [dApplePrice, dTax] = mulTax.backward(1);
    const [dApple, dAppleNum] = mulApple.backward(dApplePrice);

    expect(price).toBe(220.00000000000003); // 200 · 1.1 is not exactly 220 in Float64
    expect([dApple, dAppleNum, dTax]).toEqual([2.2, 110.00000000000001, 200]);
    expect([price, dApple, dAppleNum, dTax].map(formatNumber)).toEqual([
      '220',
      '2.2',
      '110',
      '200',
    ]);
  });

  it('apples and oranges: 2 at 100 plus 3 at 150, tax 1.1', () => {
    const mulApple = new MulLayer(); // ①
    const mulOrange = new MulLayer(); // ②
    const addFruit = new AddLayer(); // ③
    const mulTax = new MulLayer(); // ④
    const apples = mulApple.forward(100, 2);
    const oranges = mulOrange.forward(150, 3);
    const price = mulTax.forward(addFruit.forward(apples, oranges), 1.1);

    const [dAll, dTax] = mulTax.backward(1);
    const [dApples, dOranges] = addFruit.backward(dAll);
    const [dApple, dAppleNum] = mulApple.backward(dApples);
    const [dOrange, dOrangeNum] = mulOrange.backward(dOranges);

    const exact = [price, dApple, dAppleNum, dOrange, dOrangeNum, dTax];
    expect(exact).toEqual([
      715.0000000000001, 2.2, 110.00000000000001, 3.3000000000000003, 165, 650,
    ]);
    expect(exact.map(formatNumber)).toEqual(['715', '2.2', '110', '3.3', '165', '650']);
  });
});

describe('scalar layers', () => {
  it('MulLayer sends each input the other input times dout', () => {
    const layer = new MulLayer();
    expect(layer.forward(3, -4)).toBe(-12);
    expect(layer.backward(0.5)).toEqual([-2, 1.5]);
  });

  it('AddLayer passes dout through to both inputs', () => {
    const layer = new AddLayer();
    expect(layer.forward(3, -4)).toBe(-1);
    expect(layer.backward(0.5)).toEqual([0.5, 0.5]);
  });

  it('backward before forward throws a clear error', () => {
    expect(() => new MulLayer().backward(1)).toThrow('MulLayer.backward called before forward');
    expect(() => new AddLayer().backward(1)).toThrow('AddLayer.backward called before forward');
  });
});
