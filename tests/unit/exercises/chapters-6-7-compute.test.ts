/**
 * Chapters 6 and 7's "compute it by hand" exercises (issue 16, part E3): over 1 000 seeds each
 * problem is well posed, its answer unique among the likely mistakes, its answer text reads back
 * as the answer; each hint fires for the mistake it names and for nothing else.
 */
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/render/kit/parse-number';
import type { ExerciseSpec } from '../../../src/render/exercise/types';
import { t } from '../../../src/messages';
import dw from '../../../src/render/exercises/affine-dw-entry';
import db from '../../../src/render/exercises/affine-db-entry';
import softmax from '../../../src/render/exercises/softmax-two-class';
import count from '../../../src/render/exercises/network-param-count';
import sgd from '../../../src/render/exercises/sgd-step';
import momentum from '../../../src/render/exercises/momentum-step';
import { escapeHtml } from '../../../src/render/html/escape';

interface WithMistakes {
  readonly answer: number;
  readonly mistakes: Readonly<Record<string, number | readonly number[] | undefined>>;
}

/** Each spec, and for each of its mistakes the hint text it must give (for this problem). */
const cases: {
  spec: ExerciseSpec<WithMistakes>;
  hints: Record<string, (p: never) => string>;
}[] = [
  {
    spec: dw as unknown as ExerciseSpec<WithMistakes>,
    hints: {
      oneExample: (p: { X: unknown[] }) => t('ex6.dw.hintOneExample', { n: `${p.X.length}` }),
      noTranspose: () => t('ex6.dw.hintNoTranspose'),
      swapped: (p: { d: number; m: number }) =>
        t('ex6.dw.hintSwapped', { row: `${p.d + 1}`, col: `${p.m + 1}` }),
    },
  },
  {
    spec: db as unknown as ExerciseSpec<WithMistakes>,
    hints: {
      oneRow: (p: { dY: unknown[]; m: number }) =>
        t('ex6.db.hintOneRow', { n: `${p.dY.length}`, col: `${p.m + 1}` }),
      rowSum: (p: { m: number }) => t('ex6.db.hintRowSum', { col: `${p.m + 1}` }),
      mean: () => t('ex6.db.hintMean'),
    },
  },
  {
    spec: softmax as unknown as ExerciseSpec<WithMistakes>,
    hints: {
      noT: (p: { k: number }) => t('ex6.softmax.hintNoT', { k: `${p.k}` }),
      wrongOne: (p: { k: number; label: number }) =>
        t('ex6.softmax.hintWrongOne', { k: `${p.k}`, label: `${p.label}` }),
      flipped: () => t('ex6.softmax.hintFlipped'),
    },
  },
  {
    spec: count as unknown as ExerciseSpec<WithMistakes>,
    hints: {
      noBias: () => t('ex7.count.hintNoBias'),
      biasPerInput: (p: { hiddenSize: number; outputSize: number }) =>
        t('ex7.count.hintBiasPerInput', { b: `${p.hiddenSize}`, c: `${p.outputSize}` }),
      oneLayer: () => t('ex7.count.hintOneLayer'),
      product: () => t('ex7.count.hintProduct'),
    },
  },
  {
    spec: sgd as unknown as ExerciseSpec<WithMistakes>,
    hints: {
      uphill: () => t('ex7.sgd.hintUphill'),
      noRate: () => t('ex7.sgd.hintNoRate'),
      change: () => t('ex7.sgd.hintChange'),
    },
  },
  {
    spec: momentum as unknown as ExerciseSpec<WithMistakes>,
    hints: {
      noMomentum: () => t('ex7.momentum.hintNoMomentum'),
      unscaled: (p: { mu: number }) => t('ex7.momentum.hintUnscaled', { mu: `${p.mu}` }),
      velocity: () => t('ex7.momentum.hintVelocity'),
      uphill: () => t('ex7.momentum.hintUphill'),
    },
  },
];

const SEEDS = Array.from({ length: 1000 }, (_, i) => i * 2654435761);
const values = (v: number | readonly number[] | undefined): number[] =>
  v === undefined ? [] : typeof v === 'number' ? [v] : [...v];
const within = (a: number, b: number, rel: number) => Math.abs(a - b) <= rel * Math.abs(b);
/** Words a problem must never show: a number that isn't one, or a key whose words are missing. */
const LEAKS = /NaN|Infinity|undefined|\bex[67]\.[a-z]/;

describe.each(cases)('$spec.kind', ({ spec, hints }) => {
  it('is well posed over 1 000 seeds: finite, neither 0 nor huge, unique among the mistakes', () => {
    for (const seed of SEEDS) {
      const p = spec.generate(seed);
      const a = spec.answer(p);
      expect(a.kind).toBe('number');
      if (a.kind !== 'number') continue;
      expect(a.value).toBe(p.answer);
      expect(Number.isFinite(p.answer)).toBe(true);
      expect(Math.abs(p.answer)).toBeGreaterThanOrEqual(1e-3);
      expect(Math.abs(p.answer)).toBeLessThanOrEqual(1e6);
      for (const v of Object.values(p.mistakes).flatMap(values)) {
        expect(Number.isFinite(v)).toBe(true);
        // No likely mistake can pass for the answer, even at 3 × the checker's tolerance.
        expect(within(v, p.answer, 3e-3)).toBe(false);
      }
      const text = spec.prompt(p) + spec.working(p).join('') + spec.answerText(p);
      expect(text).not.toMatch(LEAKS);
    }
  });

  it('gives the same problem for the same seed', () => {
    for (const seed of [0, 1, 42, 4294967295]) {
      expect(spec.generate(seed)).toEqual(spec.generate(seed));
    }
  });

  it('writes its answer so that the strict parser reads back the answer, within 1e-3', () => {
    for (const seed of SEEDS.slice(0, 200)) {
      const p = spec.generate(seed);
      const parsed = parseNumber(spec.answerText(p));
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(within(parsed.value, p.answer, 1e-3)).toBe(true);
    }
  });

  it('gives each mistake its own hint, and none to an unrelated wrong answer', () => {
    const fired = new Set<string>();
    for (const seed of SEEDS.slice(0, 300)) {
      const p = spec.generate(seed);
      const mistakes = Object.entries(p.mistakes);
      for (const [name, v] of mistakes) {
        for (const value of values(v)) {
          // A value two mistakes share may get either hint; test the unambiguous ones.
          const shared = (given: number) =>
            mistakes.some(
              ([other, w]) => other !== name && values(w).some((x) => within(given, x, 6e-3)),
            );
          if (shared(value)) continue;
          const expected = escapeHtml(hints[name]!(p as never));
          expect(spec.hint(p, value)).toBe(expected);
          // A mistake typed with three significant digits still gets its hint.
          const rounded = Number(value.toPrecision(3));
          if (!shared(rounded)) expect(spec.hint(p, rounded)).toBe(expected);
          fired.add(name);
        }
      }
      expect(spec.hint(p, 123456.789)).toBeUndefined();
    }
    expect([...fired].sort()).toEqual(Object.keys(hints).sort());
  });
});
