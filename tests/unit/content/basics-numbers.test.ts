// Chapters 2–4 state numbers in prose: each is read from the MDX source and checked against the
// book's code (src/core) and against a hand-worked value, so a wrong sentence or a wrong layer fails.
import { describe, expect, it } from 'vitest';
import {
  AddLayer,
  MulLayer,
  exactNumber,
  formatNumber,
  numericalDerivative,
} from '../../../src/core/index';
import { buyAppleOrange } from '../../../src/core/examples/buy-apple-orange';
import { chapterSource, stated, statedProducts } from './chapter-prose';

const book = { applePrice: 100, appleCount: 2, orangePrice: 150, orangeCount: 3, tax: 1.1 };
// Worked by hand: 100·2 = 200, 150·3 = 450, 200 + 450 = 650, 650·1.1 = 715; backward from 1:
// dTax = 650, the subtotals get 1.1, so dApple = 1.1·2, dApple_num = 1.1·100, and likewise oranges.
const byHand = { apples: 200, oranges: 450, subtotal: 650, price: 715 };
const gradientsByHand = { dApple: 2.2, dApple_num: 110, dOrange: 3.3, dOrange_num: 165, dTax: 650 };

/** The shopping graph from the exported layers, node by node as chapter 2 draws it. */
function shoppingNodes(p: typeof book) {
  const [mulApple, mulOrange, addFruit, mulTax] = [
    new MulLayer(),
    new MulLayer(),
    new AddLayer(),
    new MulLayer(),
  ];
  const apples = mulApple.forward(p.applePrice, p.appleCount);
  const oranges = mulOrange.forward(p.orangePrice, p.orangeCount);
  const subtotal = addFruit.forward(apples, oranges);
  return { apples, oranges, subtotal, price: mulTax.forward(subtotal, p.tax) };
}

describe('every product the chapters write as a × b = c is right', () => {
  for (const slug of ['computational-graphs', 'chain-rule', 'layers-in-code']) {
    it(slug, () => {
      const products = statedProducts(chapterSource(slug));
      expect(products.length).toBeGreaterThan(0);
      for (const { a, b, c } of products) expect(a * b, `${a} × ${b}`).toBeCloseTo(c, 9);
    });
  }
});

describe('chapter 2: the shopping trip', () => {
  const src = chapterSource('computational-graphs');

  it('the formula and the node-by-node walk state what the layers compute', () => {
    const [ap, ac, op, oc, tax, price] = stated(
      src,
      /L = \((\d+) \\times (\d+) \+ (\d+) \\times (\d+)\) \\times ([\d.]+) = (\d+)/,
    );
    expect({ applePrice: ap, appleCount: ac, orangePrice: op, orangeCount: oc, tax }).toEqual(book);
    const walk = stated(
      src,
      /Node ① turns 100 and 2 into (\d+); node ② turns 150 and 3 into (\d+); node ③ adds them to (\d+); node ④ multiplies by 1\.1 to give the payment, (\d+)\./,
    );
    expect(walk).toEqual([byHand.apples, byHand.oranges, byHand.subtotal, price]);
    const nodes = shoppingNodes(book);
    expect([nodes.apples, nodes.oranges, nodes.subtotal]).toEqual(walk.slice(0, 3));
    expect(nodes.price).toBeCloseTo(price!, 9);
    expect(buyAppleOrange(book).price).toBeCloseTo(byHand.price, 9);
  });

  it('the five gradients the cell shows are the backward pass of the layers', () => {
    const [dApple, dApple_num, dOrange, dOrange_num, dTax] = stated(
      src,
      /\$2 \\times 1\.1 = ([\d.]+)\$ per unit of apple price.*?: ([\d.]+) for the number of apples, ([\d.]+) for the orange price, ([\d.]+) for the number of oranges and ([\d.]+) for the tax/,
    );
    const fromProse = { dApple, dApple_num, dOrange, dOrange_num, dTax };
    expect(fromProse).toEqual(gradientsByHand);
    const { price: _, ...computed } = buyAppleOrange(book);
    for (const [name, v] of Object.entries(computed)) {
      expect(v, name).toBeCloseTo(fromProse[name as keyof typeof fromProse]!, 9);
    }
  });
});

describe('chapter 3: the worked chain rule and the shopping walk', () => {
  const src = chapterSource('chain-rule');
  const L = (x: number): number => (x * x + 1) ** 3;

  it('L = (x² + 1)³ at x = 2: t = 4, u = 5, L = 125 and ∂L/∂x = 300, as the layers chain it', () => {
    const [t, u, l] = stated(src, /\$t = (\d+)\$, then \$u = (\d+)\$, then \$L = (\d+)\$/);
    const [dx] = stated(src, /ends with \$\\frac\{\\partial L\}\{\\partial x\} = (\d+)\$/);
    expect([t, u, l, dx]).toEqual([4, 5, 125, 300]); // by hand: 2², 4 + 1, 5³, 3·5²·2·2
    // The same chain from the book's nodes: t = x·x, u = t + 1, L = u·u·u.
    const sq = new MulLayer();
    const plus = new AddLayer();
    const [cube1, cube2] = [new MulLayer(), new MulLayer()];
    const tv = sq.forward(2, 2);
    const uv = plus.forward(tv, 1);
    const lv = cube2.forward(cube1.forward(uv, uv), uv);
    expect([tv, uv, lv]).toEqual([t, u, l]);
    // u feeds three factors: its gradient is the sum of the three (3u² = 75, the table's row).
    const [dSquare, du1] = cube2.backward(1);
    const [du2, du3] = cube1.backward(dSquare);
    expect(du1 + du2 + du3).toBe(75);
    const [dt] = plus.backward(du1 + du2 + du3);
    const [dxa, dxb] = sq.backward(dt);
    expect(dxa + dxb).toBe(dx);
  });

  it('the central difference at x = 2 with h = 0.001 is about 300.0002', () => {
    const [hi, lo, twoH, approx] = stated(
      src,
      /\\bigl\(L\(([\d.]+)\) - L\(([\d.]+)\)\\bigr\) \/ ([\d.]+) \\approx ([\d.]+)/,
    );
    const x = (hi! + lo!) / 2;
    const h = twoH! / 2;
    expect([x, h]).toEqual([2, 0.001]);
    expect(numericalDerivative(L, x, h)).toBeCloseTo(approx!, 4);
    // By hand: the error of a central difference on a cubic-like curve is h²/6 · L‴(x) = 0.0002.
    expect(approx! - 300).toBeCloseTo(0.0002, 6);
  });

  it('raising the tax factor by 0.01 adds 6.5 and apple price 120 gives 759 and a tax gradient 690', () => {
    const [sub, step, more] = stated(src, /\$(\d+) \\times ([\d.]+) = ([\d.]+)\$ more/);
    const up = buyAppleOrange({ ...book, tax: book.tax + step! }).price;
    expect(sub).toBe(buyAppleOrange(book).dTax);
    expect(up - buyAppleOrange(book).price).toBeCloseTo(more!, 9);
    const [applePrice, payment, dTax] = stated(
      src,
      /set the apple price to (\d+), and the payment becomes (\d+), while the gradient for the tax becomes (\d+)/,
    );
    const r = buyAppleOrange({ ...book, applePrice: applePrice! });
    expect(r.price).toBeCloseTo(payment!, 9); // (120·2 + 450)·1.1 = 759
    expect(r.dTax).toBe(dTax); // 240 + 450 = 690
  });

  it('the check-yourself nodes: add gives 4 and 4; multiply of 3 and 5 with dout 2 gives 10 and 6', () => {
    const [dout, x, y] = stated(
      src,
      /receives \$dout = (\d+)\$\. What are \$dx\$ and \$dy\$ if \$x = (\d+)\$ and \$y = (-?\d+)\$/,
    );
    const [both] = stated(src, /<\/summary> Both are (\d+)\./);
    const add = new AddLayer();
    add.forward(x!, y!);
    expect(add.backward(dout!)).toEqual([both, both]);
    const [mx, my, mdout] = stated(
      src,
      /saw \$x = (\d+)\$ and \$y = (\d+)\$ on the forward pass and receives \$dout = (\d+)\$/,
    );
    const [dx, dy] = stated(
      src,
      /\$dx = dout \\cdot y = \d+ \\times \d+ = (\d+)\$ and \$dy = dout \\cdot x = \d+ \\times \d+ = (\d+)\$/,
    );
    const mul = new MulLayer();
    mul.forward(mx!, my!);
    expect(mul.backward(mdout!)).toEqual([dx, dy]);
    expect([dx, dy]).toEqual([10, 6]); // by hand: 2·5, 2·3
  });
});

describe('chapter 4: the float aside', () => {
  const src = chapterSource('layers-in-code');

  // The aside's rows are rendered from the cell's own run (second-edition.test.ts checks which).
  it('dOrange is 3.3 rounded and 3.3000000000000003 exactly; the payment is 715.0000000000001', () => {
    const r = buyAppleOrange(book);
    expect([formatNumber(r.dOrange), exactNumber(r.dOrange)]).toEqual([
      '3.3',
      '3.3000000000000003',
    ]);
    expect(exactNumber(r.price)).toBe('715.0000000000001'); // 1.1 is stored a hair above 1.1
    expect(src).toContain('which prints as <code>{exactNumber(run.dOrange)}</code>');
  });

  it('at tax 1.15 the payment and dApple_num are rendered from the run, and truncation loses', () => {
    expect(src).toContain('export const run115 = runShopping({ ...start, tax: 1.15 });');
    expect(src).toContain('the float comes out as <code>{exactNumber(run115.price)}</code>');
    expect(src).toContain('the float is <code>{exactNumber(run115.dApple_num)}</code>');
    const [truncPrice] = stated(src, /truncating it to an integer gives (\d+), half a unit off/);
    const [truncGrad] = stated(src, /and truncating gives (\d+), a whole unit wrong/);
    const r = buyAppleOrange({ ...book, tax: 1.15 });
    expect([exactNumber(r.price), exactNumber(r.dApple_num)]).toEqual([
      '747.4999999999999',
      '114.99999999999999',
    ]);
    expect([Math.trunc(r.price), Math.trunc(r.dApple_num)]).toEqual([truncPrice, truncGrad]);
    expect([Math.round(r.price * 10) / 10, Math.round(r.dApple_num)]).toEqual([747.5, 115]);
  });
});
