// The second edition's new prose facts, held to the book's code (src/core): the float aside's rows,
// the one-example Affine walk-through, the NumPy table's methods, the accuracy of a central
// difference, the cost of a backward pass, the label-size argument and the credits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Matrix,
  Relu,
  exactNumber,
  formatNumber,
  gradientCheck,
  numericalDerivative,
  oneHot,
  sigmoid,
} from '../../../src/core/index';
import { relativeError } from '../../../src/core/relative-error';
import { buyAppleOrange } from '../../../src/core/examples/buy-apple-orange';
import type { Purchase } from '../../../src/core/examples/buy-apple-orange';
import buyAppleOrangeCell from '../../../src/render/cells/buy-apple-orange';
import { affineOneExample, backwardTex, forwardTex } from '../../../src/lib/affine-one-example';
import { chapterSource } from './chapter-prose';

const read = (path: string): string =>
  readFileSync(join(process.cwd(), path), 'utf8').replace(/\s*\n\s*/g, ' ');

describe('chapter 4, the float aside: three rows differ, read from the run the panel shows', () => {
  const src = chapterSource('layers-in-code');
  const start = Object.fromEntries(
    buyAppleOrangeCell.fields.map((f) => [f.name, f.initial]),
  ) as unknown as Purchase;
  const run = buyAppleOrange(start);
  const rows = Object.entries(run) as [keyof typeof run, number][];

  it('the cell starts at the book values, 2 apples at 100, 3 oranges at 150, tax 1.1', () => {
    expect(start).toEqual({
      applePrice: 100,
      appleCount: 2,
      orangePrice: 150,
      orangeCount: 3,
      tax: 1.1,
    });
  });

  it('exactly the payment, dApple_num and dOrange print differently rounded and exact', () => {
    const differ = rows.filter(([, v]) => formatNumber(v) !== exactNumber(v)).map(([k]) => k);
    expect(differ.sort()).toEqual(['dApple_num', 'dOrange', 'price']);
    // By hand: fl(1.1) is a hair above 1.1, and these three products keep the hair.
    expect([exactNumber(run.price), exactNumber(run.dApple_num), exactNumber(run.dOrange)]).toEqual(
      ['715.0000000000001', '110.00000000000001', '3.3000000000000003'],
    );
  });

  it('the prose renders those three rows, and the three that agree, from the same run', () => {
    for (const k of ['price', 'dApple_num', 'dOrange']) {
      expect(src).toContain(`{formatNumber(run.${k})}`);
      expect(src).toContain(`<code>{exactNumber(run.${k})}</code>`);
    }
    for (const k of ['dApple', 'dOrange_num', 'dTax'])
      expect(src).toContain(`{exactNumber(run.${k})}`);
    expect(src).toContain('three of the six rows disagree');
    expect(src).not.toContain('Most rows agree');
    expect(src).toContain('buyAppleOrange.fields.map((f) => [f.name, f.initial])');
  });
});

describe('chapter 6, one example first: the Affine layer on a 1 × 2 input', () => {
  const one = affineOneExample();
  const src = chapterSource('affine-and-softmax');

  it('gives the hand-worked forward and backward values', () => {
    // By hand: y = [1·1 + 2·4, 1·2 + 2·5, 1·3 + 2·6] + [1, 0, −1] = [10, 12, 14];
    // dx = dout · Wᵀ = [1·1 + 2·2 + 0·3, 1·4 + 2·5 + 0·6] = [5, 14]; dW = xᵀ · dout; db = dout.
    expect(one.y.toArray()).toEqual([[10, 12, 14]]);
    expect(one.dx.toArray()).toEqual([[5, 14]]);
    expect(one.dW.toArray()).toEqual([
      [1, 2, 0],
      [2, 4, 0],
    ]);
    expect(one.db.toArray()).toEqual([[1, 2, 0]]);
  });

  it('has on every wire the shape the table states', () => {
    const shapes = {
      x: '1 × 2',
      W: '2 × 3',
      b: '1 × 3',
      y: '1 × 3',
      dx: '1 × 2',
      dW: '2 × 3',
      db: '1 × 3',
      dout: '1 × 3',
    };
    for (const [name, shape] of Object.entries(shapes)) {
      const m = one[name as keyof typeof one];
      expect(`${m.rows} × ${m.cols}`, name).toBe(shape);
    }
    const flat = src.replace(/ {2,}/g, ' '); // table cells are padded to align
    const row = (wire: string, v: string, g: string, shape: string) =>
      `| ${wire} | $${v}$ | $\\mathrm{${g}$ | $${shape.replace(' × ', ' \\times ')}$ |`;
    expect(flat).toContain(row('input', 'x', 'd}x', shapes.x));
    expect(flat).toContain(row('weights', 'W', 'd}W', shapes.W));
    expect(flat).toContain(row('bias', 'b', 'd}b', shapes.b));
    expect(flat).toContain(row('output', 'y', 'dout}', shapes.y));
    const e = affineOneExample();
    expect(forwardTex(e)).toContain('\\begin{bmatrix} 10 & 12 & 14 \\end{bmatrix}');
    expect(backwardTex(e)).toContain('\\begin{bmatrix} 5 & 14 \\end{bmatrix}');
  });

  it('comes before the batch notation', () => {
    expect(src.indexOf('## One example first')).toBeLessThan(
      src.indexOf('## The Affine layer, forward'),
    );
  });
});

describe('chapter 6, for readers of the Python book: the NumPy table', () => {
  const src = chapterSource('affine-and-softmax');
  const table = /<table id="numpy-to-typescript">.*?<\/table>/.exec(src)?.[0] ?? '';

  it('has a caption and names only methods that exist on Matrix', () => {
    expect(table).toContain('<caption>');
    const ours = [...table.matchAll(/<tr><td>.*?<\/td><td>(.*?)<\/td><\/tr>/g)].map((m) => m[1]!);
    expect(ours.length).toBeGreaterThanOrEqual(10);
    const statics = [...ours.join(' ').matchAll(/Matrix\.(\w+)\(/g)].map((m) => m[1]!);
    const methods = [...ours.join(' ').matchAll(/\b(?!Matrix\b)[A-Za-z]\w*\.(\w+)\(/g)].map(
      (m) => m[1]!,
    );
    expect(statics).toEqual(expect.arrayContaining(['from', 'zeros']));
    expect(methods).toEqual(
      expect.arrayContaining([
        'dot',
        'transpose',
        'addRow',
        'columnSums',
        'with',
        'get',
        'sub',
        'scale',
        'map',
        'zip',
      ]),
    );
    const proto = Matrix.prototype as unknown as Record<string, unknown>;
    const ctor = Matrix as unknown as Record<string, unknown>;
    for (const name of statics) expect(typeof ctor[name], `Matrix.${name}`).toBe('function');
    for (const name of methods) expect(typeof proto[name], `.${name}`).toBe('function');
  });

  it('says where the reshape of image batches goes, and chapter 1 links to the table', () => {
    expect(src).toContain('Our `Affine` takes $N \\times D$ only.');
    expect(chapterSource('why-backpropagation')).toContain(
      '(/chapters/affine-and-softmax/#for-readers-of-the-python-book)',
    );
  });
});

describe('a central difference with h = 1e-5 agrees to about ten digits (chapters 1 and 5)', () => {
  const h = 1e-5;
  const relErr = (estimate: number, exact: number) => Math.abs(estimate - exact) / Math.abs(exact);
  const dsigmoid = (x: number) => sigmoid(x) * (1 - sigmoid(x));
  const grid = Array.from({ length: 41 }, (_, i) => -5 + i * 0.25);
  const sigmoidErrors = grid.map((x) => relErr(numericalDerivative(sigmoid, x, h), dsigmoid(x)));

  it('chapter 1: at most about 1e-9 and usually nearer 1e-11 on the book’s smooth functions', () => {
    const src = chapterSource('why-backpropagation');
    expect(src).toContain('is at most about $10^{-9}$ and usually nearer $10^{-11}$');
    expect(src).toContain('about ten significant digits');
    expect(src).not.toContain('six or seven digits');
    const squared = relErr(
      numericalDerivative((w) => (w * 2 - 1) ** 2, 1, h),
      4,
    );
    const chain = relErr(
      numericalDerivative((x) => (x * x + 1) ** 3, 2, h),
      300,
    );
    const all = [squared, chain, ...sigmoidErrors];
    expect(Math.max(...all)).toBeLessThan(1e-9);
    const sorted = [...all].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(1e-10);
  });

  it('chapter 1: says the sigmoid bound holds for moderate inputs only, and names both measures', () => {
    const src = chapterSource('why-backpropagation');
    expect(src).toContain('sigmoid for inputs of moderate size');
    expect(src).toContain('Where the sigmoid saturates');
    // Where it saturates the bound fails: at x = 10 the error is near 1e-7.
    expect(relErr(numericalDerivative(sigmoid, 10, h), dsigmoid(10))).toBeGreaterThan(1e-9);
    // The cells' measure, ‖a − b‖/(‖a‖ + ‖b‖), is about half of |est − true|/|true|.
    const est = numericalDerivative(sigmoid, 1, h);
    expect(relativeError(est, dsigmoid(1)) / relErr(est, dsigmoid(1))).toBeCloseTo(0.5, 3);
    expect(src).toContain('\\lVert a - b \\rVert / (\\lVert a \\rVert + \\lVert b \\rVert)');
  });

  it('chapter 5: the ReLU cell’s starting values agree below 1e-10 in every entry', () => {
    const src = chapterSource('activation-layers');
    expect(src).toContain('about ten significant digits');
    expect(src).toContain('is below $10^{-10}$ in every entry');
    expect(src).toContain('stays under $10^{-9}$ for any $x$ between $-5$ and $5$');
    const x = Matrix.from([
      [1, -0.5],
      [-2, 3],
    ]);
    const dout = Matrix.from([
      [1, 2],
      [3, 4],
    ]);
    const layer = new Relu();
    layer.forward(x);
    const dx = layer.backward(dout);
    const report = gradientCheck(
      (p) => new Relu().forward(p['x']!).mul(dout).sum(),
      { x },
      { x: dx },
      h,
    );
    const numeric = report.parameters[0]!.numerical;
    dx.map((a, i, j) => {
      const b = numeric.get(i, j);
      const e = a === 0 && b === 0 ? 0 : Math.abs(a - b) / (Math.abs(a) + Math.abs(b));
      expect(e).toBeLessThan(1e-10);
      return e;
    });
    expect(Math.max(...sigmoidErrors)).toBeLessThan(1e-9);
  });
});

describe('chapter 1 and the cost model make one claim about the backward pass', () => {
  const src = chapterSource('why-backpropagation');
  const model = read('src/core/cost-model.ts');

  it('one or two forward passes, so two to three in all', () => {
    expect(src).toContain('which costs about as much as one or two forward passes');
    expect(model).toContain('costs about as much as one or two forward passes');
    expect(src).toContain('The whole gradient therefore costs two to three forward passes');
    expect(src).not.toContain('about as much work again');
    expect(src).not.toContain('roughly three');
  });
});

describe('chapter 6, labels: what a size test can and cannot tell apart', () => {
  const src = chapterSource('affine-and-softmax');

  it('three examples and three classes: nine one-hot entries, three indices', () => {
    const labels = [2, 0, 1];
    const hot = oneHot(labels, 3);
    expect([hot.rows * hot.cols, labels.length]).toEqual([9, 3]);
    expect(src).toContain(
      'three examples with three classes have nine one-hot entries but three indices',
    );
    expect(src).not.toContain('labels of the same size either way');
    expect(src).toContain('Here, and everywhere in this book, $\\log$ is the natural logarithm');
  });
});

describe('credit: Saito’s chapter 5 and the Korean study post', () => {
  const credits = read('content/home/credits.mdx');

  it('is written once and shown on the home page and in the printed book', () => {
    expect(read('content/home/en.mdx')).toMatch(
      /import Credits from '\.\/credits\.mdx'.*<h2 id="credits">/,
    );
    // The printed book of each edition takes its edition's credits (src/lib/home-text.ts).
    expect(read('src/views/BookPage.astro')).toContain("homeText(locale, 'credits')");
    expect(read('src/lib/home-text.ts')).toMatch(/credits: \{ en: 'credits', ko: 'credits-ko' \}/);
    expect(credits).toContain('Saito Koki');
    expect(credits).toContain('<i lang="ko">밑바닥부터 시작하는 딥러닝</i>');
    expect(credits).toContain('<i lang="ja">ゼロから作るDeep Learning</i>');
    expect(credits).toContain('_Deep Learning from the Basics_ (Packt, 2021');
    expect(credits).toContain('Appendix A');
    expect(credits).toContain('"Back Propagation" (4 May 2025)');
    expect(credits).toContain('<span lang="ko">한경훈</span>');
    expect(credits).toContain('784–50–10');
  });

  it('is given in full in the Korean edition too', () => {
    const ko = read('content/home/credits-ko.mdx');
    expect(read('content/home/ko.mdx')).toMatch(/import Credits from '\.\/credits-ko\.mdx'/);
    for (const part of [
      '사이토 고키',
      '<i lang="ja">ゼロから作るDeep Learning</i>',
      '『밑바닥부터 시작하는 딥러닝』(한빛미디어, 2017)',
      '*Deep Learning from the Basics*(Packt, 2021)',
      '부록 A',
      '“Back Propagation”(2025년 5월 4일)',
      '한경훈',
      '784–50–10',
    ])
      expect(ko).toContain(part);
  });

  it('each chapter names its section of Saito’s chapter 5 under Further reading', () => {
    const sections: Record<string, string[]> = {
      'why-backpropagation': ['5.7'],
      'computational-graphs': ['5.1'],
      'chain-rule': ['5.2', '5.3'],
      'layers-in-code': ['5.4'],
      'activation-layers': ['5.5'],
      'affine-and-softmax': ['5.6', '5.7'],
    };
    for (const [slug, wanted] of Object.entries(sections)) {
      const src = chapterSource(slug);
      const note = /## Further reading (.*?) ## Check yourself/.exec(src)?.[1] ?? '';
      for (const s of wanted) expect(note, slug).toContain(s);
    }
  });
});
