/**
 * The exercises of chapters 3–5 against the requirements: over 1 000 seeds every problem
 * is well posed (finite, not trivial, not huge), the checker accepts the answer and its equivalent
 * forms and rejects near-misses, and every word comes from the catalogue.
 */
import { describe, expect, it } from 'vitest';
import { Matrix } from '../../../src/core/matrix';
import { checkAnswer } from '../../../src/render/exercise/answer';
import type { ExerciseSpec } from '../../../src/render/exercise/types';
import addNodeDx from '../../../src/render/exercises/add-node-dx';
import backwardBeforeForward from '../../../src/render/exercises/backward-before-forward';
import branchSumDx from '../../../src/render/exercises/branch-sum-dx';
import mulLayerBug from '../../../src/render/exercises/mul-layer-bug';
import mulLayerDy from '../../../src/render/exercises/mul-layer-dy';
import mulNodeDx from '../../../src/render/exercises/mul-node-dx';
import orangeCountGradient from '../../../src/render/exercises/orange-count-gradient';
import reluDxEntry from '../../../src/render/exercises/relu-dx-entry';
import reluNegativePredict from '../../../src/render/exercises/relu-negative-predict';
import sigmoidBug from '../../../src/render/exercises/sigmoid-bug';
import sigmoidDx from '../../../src/render/exercises/sigmoid-dx';
import squareOfSum from '../../../src/render/exercises/square-of-sum';

const SPECS = [
  addNodeDx,
  mulNodeDx,
  squareOfSum,
  branchSumDx,
  mulLayerDy,
  orangeCountGradient,
  mulLayerBug,
  backwardBeforeForward,
  reluDxEntry,
  sigmoidDx,
  reluNegativePredict,
  sigmoidBug,
] as readonly ExerciseSpec<unknown>[];

const SEEDS = Array.from({ length: 1000 }, (_, k) => k * 7919 + 1);
/** The bug exercises run a gradient check per problem: fewer seeds keep the test quick. */
const seedsFor = (spec: ExerciseSpec<unknown>) =>
  spec.type === 'bug' ? SEEDS.slice(0, 200) : SEEDS;

/** Every number inside a problem, matrices included. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value instanceof Matrix) return value.toArray().flat();
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

/** `value` as a/b when it is a fraction with a small denominator, else undefined. */
function fraction(value: number): string | undefined {
  for (let d = 2; d <= 1000; d++) {
    const top = Math.round(value * d);
    if (Math.abs(top / d - value) < 1e-9 && top % d !== 0) return `${top}/${d}`;
  }
  return undefined;
}

/** The kit's verdict on what a reader typed. */
const verdict = (answer: Parameters<typeof checkAnswer>[0], text: string) =>
  checkAnswer(answer, text).verdict;

/** Text a reader sees must not show a missing catalogue key, undefined or NaN. */
function expectClean(html: string): void {
  expect(html).not.toMatch(/\bex\.[a-z]+\.|undefined|NaN|Infinity/);
}

describe.each(SPECS.map((s) => [s.kind, s] as const))('exercise %s', (_kind, spec) => {
  it('is well posed over its seeds, and its words and numbers are clean', () => {
    for (const seed of seedsFor(spec)) {
      const p = spec.generate(seed);
      expect(numbersIn(p).every(Number.isFinite), `seed ${seed}`).toBe(true);
      expectClean(spec.prompt(p));
      spec.working(p).forEach(expectClean);
      if (spec.reveal) expectClean(spec.reveal(p));
      const answer = spec.answer(p);
      if (answer.kind === 'number') {
        const size = Math.abs(answer.value);
        if (answer.absolute === undefined)
          expect(size, `seed ${seed}`).toBeGreaterThanOrEqual(1e-3);
        expect(size, `seed ${seed}`).toBeLessThanOrEqual(1e6);
      } else {
        const values = answer.options.map((o) => o.value);
        expect(new Set(values).size).toBe(values.length);
        expect(new Set(answer.options.map((o) => o.label)).size).toBe(values.length);
        expect(values).toContain(answer.correct);
        expect(spec.answerText(p)).toBe(
          answer.options.find((o) => o.value === answer.correct)?.label,
        );
      }
    }
  });

  it('is the same problem for the same seed', () => {
    expect(spec.generate(12345)).toEqual(spec.generate(12345));
    expect(spec.prompt(spec.generate(spec.defaultSeed))).toBe(
      spec.prompt(spec.generate(spec.defaultSeed)),
    );
  });
});

const bySpec = (specs: readonly ExerciseSpec<unknown>[]) => specs.map((s) => [s.kind, s] as const);

describe.each(bySpec(SPECS.filter((s) => s.type === 'compute')))(
  'compute exercise %s',
  (_kind, spec) => {
    it('accepts the answer in its equivalent forms, and rejects near-misses', () => {
      for (const seed of SEEDS) {
        const p = spec.generate(seed);
        const answer = spec.answer(p);
        if (answer.kind !== 'number') throw new Error('a compute exercise asks for a number');
        const text = spec.answerText(p);
        expect(verdict(answer, text), `seed ${seed}: ${text}`).toBe('right');
        expect(verdict(answer, ` ${text}${text.includes('.') ? '' : '.'}00 `)).toBe('right');
        const asFraction = fraction(answer.value);
        if (asFraction) expect(verdict(answer, asFraction), asFraction).toBe('right');
        if (answer.value === 0) {
          expect(verdict(answer, '0.01')).toBe('wrong');
        } else {
          expect(verdict(answer, String(answer.value * (1 + 3e-3)))).toBe('wrong');
          expect(verdict(answer, String(answer.value * (1 - 3e-3)))).toBe('wrong');
        }
        // The hint never fires for the right answer.
        expect(spec.hint(p, answer.value)).toBeUndefined();
      }
    });
  },
);

describe.each(bySpec(SPECS.filter((s) => s.type !== 'compute')))(
  'choice exercise %s',
  (_kind, spec) => {
    it('gives no hint for the right choice, one for every wrong one', () => {
      for (const seed of SEEDS.slice(0, 100)) {
        const p = spec.generate(seed);
        const answer = spec.answer(p);
        if (answer.kind !== 'choice') throw new Error('a choice exercise');
        for (const option of answer.options) {
          const hint = spec.hint(p, option.value);
          if (option.value === answer.correct) expect(hint).toBeUndefined();
          else expect(hint, option.value).toMatch(/\w/);
        }
      }
    });
  },
);
