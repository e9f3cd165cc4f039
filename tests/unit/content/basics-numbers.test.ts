// Chapters 2–4 state numbers in prose. Those a cell computes are rendered at build time from a run
// of src/core (src/lib/prose-values/); each is checked here against a hand-worked value, and the
// MDX against the expression that places it, so a wrong sentence, default or layer fails.
import { describe, expect, it } from 'vitest';
import {
  AddLayer,
  MulLayer,
  exactNumber,
  formatNumber,
  numericalDerivative,
} from '../../../src/core/index';
import { buyAppleOrange } from '../../../src/core/examples/buy-apple-orange';
import type { Purchase } from '../../../src/core/examples/buy-apple-orange';
import { SHOPPING_LEAVES } from '../../../src/core/graph/index';
import buyAppleOrangeCell from '../../../src/render/cells/buy-apple-orange';
import compositeChain from '../../../src/render/cells/composite-chain';
import { shop } from '../../../src/lib/prose-values/shopping';
import { chainRule } from '../../../src/lib/prose-values/chain-rule';
import { allTex, chapterSource, stated, statedProducts, texOf } from './chapter-prose';

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

/** The shopping cell's starting values, read from chapter 4's cell as its MDX does. */
const start = Object.fromEntries(
  buyAppleOrangeCell.fields.map((f) => [f.name, f.initial]),
) as unknown as Purchase;

/** Each chapter's build-time values, whose formulas the prose shows as math. */
const modules: Record<string, unknown> = {
  'computational-graphs': shop(),
  'chain-rule': [shop(), chainRule()],
  'layers-in-code': [shop(start), shop({ ...start, tax: 1.15 })],
};

describe('every product the chapters write as a × b = c is right', () => {
  for (const slug of ['computational-graphs', 'chain-rule', 'layers-in-code']) {
    it(slug, () => {
      // Typed in the MDX, or rendered from a run of core at build time.
      const products = [
        ...statedProducts(chapterSource(slug)),
        ...allTex(modules[slug]).flatMap((tex) => statedProducts(tex)),
      ];
      expect(products.length).toBeGreaterThan(0);
      for (const { a, b, c } of products) expect(a * b, `${a} × ${b}`).toBeCloseTo(c, 9);
    });
  }
});

describe('chapter 2: the shopping trip', () => {
  const src = chapterSource('computational-graphs');
  const v = shop();

  it('the shopping graph starts at the book values, in both shopping cells', () => {
    expect({ ...SHOPPING_LEAVES }).toEqual(book);
    expect(start).toEqual(book);
  });

  it('the formula and the node-by-node walk state what the layers compute', () => {
    const [ap, ac, op, oc, tax, price] = stated(
      texOf(v.tex.payment),
      /L = \((\d+) \\times (\d+) \+ (\d+) \\times (\d+)\) \\times ([\d.]+) = (\d+) \./,
    );
    expect({ applePrice: ap, appleCount: ac, orangePrice: op, orangeCount: oc, tax }).toEqual(book);
    expect(price).toBe(byHand.price);
    expect(src).toContain('<Fragment set:html={v.tex.payment} />');
    expect(src).toContain(
      'Node ① turns 100 and 2 into {v.apples}; node ② turns 150 and 3 into {v.oranges}; node ③ adds them to {v.subtotal}; node ④ multiplies by 1.1 to give the payment, {v.payment}.',
    );
    const walk = [v.apples, v.oranges, v.subtotal, v.payment].map(Number);
    expect(walk).toEqual([byHand.apples, byHand.oranges, byHand.subtotal, byHand.price]);
    const nodes = shoppingNodes(book);
    expect([nodes.apples, nodes.oranges, nodes.subtotal]).toEqual(walk.slice(0, 3));
    expect(nodes.price).toBeCloseTo(byHand.price, 9);
    expect(buyAppleOrange(book).price).toBeCloseTo(byHand.price, 9);
    // The in-between values node ③ receives, and the check-yourself answers.
    expect(src).toContain('It receives {v.apples} and {v.oranges} and adds them.');
    expect(src).toContain('every in-between value, {v.apples}, {v.oranges}, {v.subtotal}, on');
    expect(src).toContain('keeps its {v.apples}.');
  });

  it('the five gradients the cell shows are the backward pass of the layers', () => {
    expect(texOf(v.tex.dApplePriceByCount)).toBe('2 \\times 1.1 = 2.2');
    expect(src).toMatch(
      /<Fragment set:html=\{v\.tex\.dApplePriceByCount\} \/> per unit of apple price.*?: \{v\.dAppleCount\} for the number of apples, \{v\.dOrangePrice\} for the orange price, \{v\.dOrangeCount\} for the number of oranges and \{v\.dTax\} for the tax/,
    );
    const fromValues = {
      dApple: Number(v.dApplePrice),
      dApple_num: Number(v.dAppleCount),
      dOrange: Number(v.dOrangePrice),
      dOrange_num: Number(v.dOrangeCount),
      dTax: Number(v.dTax),
    };
    expect(fromValues).toEqual(gradientsByHand);
    const { price: _, ...computed } = buyAppleOrange(book);
    for (const [name, g] of Object.entries(computed)) {
      expect(g, name).toBeCloseTo(fromValues[name as keyof typeof fromValues]!, 9);
    }
  });
});

describe('chapter 3: the worked chain rule and the shopping walk', () => {
  const src = chapterSource('chain-rule');
  const L = (x: number): number => (x * x + 1) ** 3;
  const c = chainRule();
  const v = shop();

  it('L = (x² + 1)³ at x = 2: t = 4, u = 5, L = 125 and ∂L/∂x = 300, as the layers chain it', () => {
    expect(compositeChain.fields[0]).toMatchObject({ name: 'x', initial: 2 }); // the cell's start
    expect(src).toContain('and its value at $x = 2$.');
    const [t] = stated(texOf(c.t), /^t = (\d+)$/);
    const [u] = stated(texOf(c.u), /^u = (\d+)$/);
    const [l] = stated(texOf(c.L), /^L = (\d+)$/);
    const [dx] = stated(texOf(c.dx), /^\\frac\{\\partial L\}\{\\partial x\} = (\d+)$/);
    expect([t, u, l, dx]).toEqual([4, 5, 125, 300]); // by hand: 2², 4 + 1, 5³, 3·5²·2·2
    expect(src).toContain(
      '**Forward**, left to right: <Fragment set:html={c.t} />, then <Fragment set:html={c.u} />, then <Fragment set:html={c.L} />.',
    );
    expect(src).toContain('ends with <Fragment set:html={c.dx} />.');
    // The table's rows, by hand: 3u² = 75, then 1, then 2x = 4; 1·75, 75·1, 75·4.
    expect(allTex(c.table)).toEqual([
      '75',
      '1 \\times 75 = 75',
      '1',
      '75 \\times 1 = 75',
      '4',
      '75 \\times 4 = 300',
    ]);
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
      texOf(c.numerical),
      /\\bigl\(L\(([\d.]+)\) - L\(([\d.]+)\)\\bigr\) \/ ([\d.]+) \\approx ([\d.]+)/,
    );
    expect(src).toContain(
      'The numerical check from chapter 1 agrees too: <Fragment set:html={c.numerical} />.',
    );
    const x = (hi! + lo!) / 2;
    const h = twoH! / 2;
    expect([x, h]).toEqual([2, 0.001]);
    expect(approx).toBe(300.0002);
    expect(numericalDerivative(L, x, h)).toBeCloseTo(approx!, 4);
    // By hand: the error of a central difference on a cubic-like curve is h²/6 · L‴(x) = 0.0002.
    expect(approx! - 300).toBeCloseTo(0.0002, 6);
  });

  it('the backward walk through the shopping graph states what the layers send', () => {
    expect(texOf(v.tex.paymentInline)).toBe('L = 715');
    // By hand: the tax node sends 1·1.1 and 1·650; the orange node 1.1·3 and 1.1·150; the apple
    // node 1.1·2 and 1.1·100.
    expect(
      [
        v.tex.dSubtotal,
        v.tex.dTax,
        v.tex.dOrangePrice,
        v.tex.dOrangeCount,
        v.tex.dApplePrice,
        v.tex.dAppleCount,
      ].map(texOf),
    ).toEqual([
      '1 \\times 1.1 = 1.1',
      '1 \\times 650 = 650',
      '1.1 \\times 3 = 3.3',
      '1.1 \\times 150 = 165',
      '1.1 \\times 2 = 2.2',
      '1.1 \\times 100 = 110',
    ]);
    for (const k of [
      'dSubtotal',
      'dTax',
      'dOrangePrice',
      'dOrangeCount',
      'dApplePrice',
      'dAppleCount',
    ])
      expect(src).toContain(`<Fragment set:html={v.tex.${k}} />`);
    expect([v.subtotal, v.dSubtotal]).toEqual(['650', '1.1']);
  });

  it('the multiply-node cell at its start, and the branch cell: 2 + 5 = 7', () => {
    expect([c.mulDx, c.mulDy].map(texOf)).toEqual([
      'dx = 1.1 \\times 2 = 2.2',
      'dy = 1.1 \\times 100 = 110',
    ]);
    expect([c.path1, c.path2, c.branchDx]).toEqual(['2', '5', '7']); // y and z, and their sum
    expect(src).toContain(
      'path ① sends {c.path1} and path ② sends {c.path2}, and $x$ receives {c.branchDx}.',
    );
  });

  it('raising the tax factor by 0.01 adds 6.5 and apple price 120 gives 759 and a tax gradient 690', () => {
    const [sub, step, more] = stated(texOf(v.tex.taxStep), /^(\d+) \\times ([\d.]+) = ([\d.]+)$/);
    expect([sub, step, more]).toEqual([650, 0.01, 6.5]);
    const up = buyAppleOrange({ ...book, tax: book.tax + step! }).price;
    expect(sub).toBe(buyAppleOrange(book).dTax);
    expect(up - buyAppleOrange(book).price).toBeCloseTo(more!, 9);
    expect(src).toContain(
      'set the apple price to 120, and the payment becomes {v.payment120}, while the gradient for the tax becomes {v.dTax120}',
    );
    expect([v.payment120, v.dTax120]).toEqual(['759', '690']); // (120·2 + 450)·1.1, 240 + 450
    const r = buyAppleOrange({ ...book, applePrice: 120 });
    expect(r.price).toBeCloseTo(759, 9);
    expect(r.dTax).toBe(690);
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
    // The heading stays typed (its anchor is made from its text): it must name the same two forms.
    expect(src).toContain(`## Aside: ${formatNumber(r.dOrange)} or ${exactNumber(r.dOrange)}?`);
  });

  it('at tax 1.15 the payment and dApple_num are rendered from the run, and truncation loses', () => {
    expect(src).toContain('export const run115 = runShopping({ ...start, tax: 1.15 });');
    expect(src).toContain('the float comes out as <code>{exactNumber(run115.price)}</code>');
    expect(src).toContain('the float is <code>{exactNumber(run115.dApple_num)}</code>');
    expect(src).toContain(
      'truncating it to an integer gives {Math.trunc(run115.price)}, half a unit off',
    );
    expect(src).toContain('truncating gives {Math.trunc(run115.dApple_num)}, a whole unit wrong');
    expect(src).toContain('the right {v115.payment} and {v115.dAppleCount}.');
    const r = buyAppleOrange({ ...book, tax: 1.15 });
    expect([exactNumber(r.price), exactNumber(r.dApple_num)]).toEqual([
      '747.4999999999999',
      '114.99999999999999',
    ]);
    expect([Math.trunc(r.price), Math.trunc(r.dApple_num)]).toEqual([747, 114]);
    expect([Math.round(r.price * 10) / 10, Math.round(r.dApple_num)]).toEqual([747.5, 115]);
    const v115 = shop({ ...start, tax: 1.15 });
    expect([v115.payment, v115.dAppleCount]).toEqual(['747.5', '115']);
    expect([v115.tex.taxedSubtotal, v115.tex.dAppleCountByPrice].map(texOf)).toEqual([
      '650 \\times 1.15 = 747.5',
      '1.15 \\times 100 = 115',
    ]);
  });

  it('the output panel paragraph renders the payment and the five gradients from the run', () => {
    const v = shop(start);
    expect(src).toContain('export const v = shop(start);');
    expect([
      v.payment,
      v.dApplePrice,
      v.dAppleCount,
      v.dOrangePrice,
      v.dOrangeCount,
      v.dTax,
    ]).toEqual(['715', '2.2', '110', '3.3', '165', '650']);
    expect(src).toContain('it shows a payment of {v.payment} and');
    expect(src).toContain('the payment becomes {v.payment120} and `dTax` becomes {v.dTax120}');
    expect(src).toContain('while `dApple` stays at {v.dApplePrice}');
  });
});
