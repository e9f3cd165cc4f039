/**
 * The Korean catalogue, part 1 (chrome, kit, graph, shopping, chain, cost, activation,
 * classifier, plots, lessons): each Korean area has exactly the English area's keys, and every
 * message, called with plausible parameters, is Korean words, never a broken template.
 *
 * The parameters are deliberately free of Hangul (numbers, shapes, symbols), so a message's
 * Hangul must come from the Korean template itself; the few messages that are symbols only
 * (a formula, a name kept in English, a row of slots) are listed in `SYMBOLS_ONLY`.
 */
import { describe, expect, it } from 'vitest';
import { areas } from '../../../src/messages/en/index';
import { areas as korean } from '../../../src/messages/ko/index';

const PART = [
  'chrome',
  'kit',
  'graph',
  'shopping',
  'chain',
  'cost',
  'activation',
  'classifier',
  'plots',
  'lessons',
] as const;
const ko = Object.fromEntries(PART.map((area) => [area, korean[area]]));

/** Plausible values, by parameter name, as the code passes them (numbers arrive formatted). */
const VALUES: Readonly<Record<string, string | number>> = {
  title: 'ReLU',
  query: 'relu',
  count: '12',
  n: 2,
  label: 'W',
  shape: '2 × 3',
  pasted: '4 × 5',
  value: '1.5',
  text: '0x1F',
  message: '(…)',
  problem: '(…)',
  row: 2,
  col: 3,
  k: 1,
  first: 3,
  cols: 4,
  max: 6,
  rmin: 1,
  rmax: 6,
  cmin: 1,
  cmax: 6,
  length: 2400,
  name: 'x',
  node: 'x · y',
  local: '1.1',
  product: '2.2',
  op: '×',
  tag: '①',
  gives: 'z',
  input: 'x',
  dout: '1',
  path: 'src/core/layers/mul-layer.ts',
  fn: 'buyAppleOrange',
  payment: '715',
  applePrice: '2.2',
  apples: '110',
  orangePrice: '3.3',
  oranges: '165',
  tax: '650',
  price: '715',
  dApple: '2.2',
  dAppleNum: '110',
  dOrange: '3.3',
  dOrangeNum: '165',
  dTax: '650',
  upstream: '3',
  result: '6',
  x: '2 × 3',
  w: '3 × 2',
  parameters: '1,000',
  passes: '2,000',
  forward: '1',
  backward: '1',
  inputs: '4',
  hidden: '30',
  classes: '3',
  batch: '8',
  ms: '12.5',
  numerical: '850 ms',
  backprop: '1.2 ms',
  ratio: '708',
  error: '3.2e-11',
  dx: '[0.25, 0]',
  y: '0.731',
  nodes: '0.197',
  from: -4,
  to: 4,
  at: 'x = 1, σ(x) = 0.731',
  limit: '50',
  second: '4',
  sum: '7',
  loss: '0.417',
  largest: '1.1e-16',
  b: '1 × 2',
  m: 3,
  dY: '2 × 2',
  d: 3,
  rows: 2,
  labels: '2 × 1',
  logits: '2 × 3',
  c: 3,
  names: 'dW, db',
  db: '[1, 2]',
};

/** Per key, parameters whose plausible value differs from `VALUES`. */
const OVERRIDES: Readonly<Record<string, Readonly<Record<string, string | number>>>> = {
  'graph.opNode': { tag: '' },
  'classifier.naiveOverflowMany': { rows: '1, 3' },
  'classifier.naiveUnderflowMany': { rows: '1, 3' },
  'lessons.labels.row': { n: '0', k: '2' },
  'lessons.branch.path': { node: 'y · x' },
  'activation.reluShapeMismatch': { dout: '2 × 2' },
  'cost.tooMany': { max: '20,000' },
  'timing.intro': { max: '20,000' },
  'timing.capped': { max: '20,000' },
};

/** Messages that are deliberately symbols only (no Hangul of their own). */
const SYMBOLS_ONLY = new Set<string>([
  'graph.field.x',
  'graph.field.y',
  'kit.fieldError',
  'chain.x',
  'timing.ms',
  'plots.reluTitle',
  'lessons.branch.y',
  'lessons.branch.z',
  'lessons.softmax.loss',
  'lessons.labels.row',
  'classifier.layerAffine',
  'classifier.layerSoftmaxLoss',
  'classifier.affineParams',
]);

const HANGUL = /[\uAC00-\uD7A3]/;

/** A parameter object that hands out plausible values and fails on a name it doesn't know. */
function params(key: string): object {
  return new Proxy(
    {},
    {
      get(_, name) {
        if (typeof name !== 'string') return undefined;
        const v = OVERRIDES[key]?.[name] ?? VALUES[name];
        if (v === undefined) throw new Error(`${key}: no plausible value for parameter ${name}`);
        return v;
      },
    },
  );
}

function render(key: string, message: unknown): string {
  if (typeof message === 'string') return message;
  if (typeof message === 'function') return String(message(params(key)));
  throw new Error(`${key}: neither a string nor a template`);
}

describe('the Korean catalogue, part 1', () => {
  for (const [area, words] of Object.entries(ko)) {
    const english = areas[area as keyof typeof areas] as Readonly<Record<string, unknown>>;

    it(`${area}: has exactly the English keys, each of the same kind`, () => {
      expect(Object.keys(words).sort()).toEqual(Object.keys(english).sort());
      for (const [key, message] of Object.entries(words))
        expect(typeof message, key).toBe(typeof english[key]);
    });

    it(`${area}: every message is Korean and whole`, () => {
      for (const [key, message] of Object.entries(words)) {
        const text = render(key, message);
        expect(text.trim(), key).not.toBe('');
        expect(text, key).not.toMatch(/undefined|\[object|\$\{/);
        // “NaN” only where the English message names it too (a naive softmax's ∞ / ∞).
        if (!render(key, english[key]).includes('NaN')) expect(text, key).not.toMatch(/NaN/);
        if (SYMBOLS_ONLY.has(key)) expect(text, key).not.toMatch(HANGUL);
        else expect(text, key).toMatch(HANGUL);
        // Standard spacing, and 한다체 (never 합니다체).
        expect(text, key).not.toMatch(/계산그래프|덧셈노드|곱셈노드|연쇄법칙/);
        expect(text, key).not.toMatch(/(습|합|입|됩|집|줍|봅|랍)니다|십시오|세요/);
      }
    });
  }

  it('lists as symbols only just keys that exist', () => {
    const all = Object.values(ko).flatMap((words) => Object.keys(words));
    for (const key of SYMBOLS_ONLY) expect(all, key).toContain(key);
  });
});
