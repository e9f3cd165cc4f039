// Every exercise spec in src/render/exercises/ (found by glob, so an exercise is covered the day
// it is added) over 1 000 seeds: a well-posed problem, an answer the checker accepts in its
// equivalent forms, near-misses refused, and words that exist (issue 16, "Tests").
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../src/render/exercise/answer';
import { exerciseParts } from '../../../src/render/exercise/render-exercise';
import type { ExerciseSpec } from '../../../src/render/exercise/types';
import { en } from '../../../src/messages/en/index';

const modules = import.meta.glob<{ default: ExerciseSpec<unknown> }>(
  '../../../src/render/exercises/*.ts',
  { eager: true },
);
const SEEDS = 1000;
const keys = Object.keys(en);

/** `p/q` for a value that is a fraction with a small denominator, else undefined. */
function asFraction(x: number): string | undefined {
  for (let q = 1; q <= 1000; q++) {
    const p = Math.round(x * q);
    if (Math.abs(p / q - x) <= 1e-12 * Math.max(1, Math.abs(x))) return `${p}/${q}`;
  }
  return undefined;
}

/** Text a reader sees must hold no missing key, no NaN or ∞, no "undefined". */
function expectReadable(html: string, where: string): void {
  expect(html.trim(), where).not.toBe('');
  expect(html, where).not.toMatch(/\bNaN\b|Infinity|\bundefined\b|\[object /);
}

it('finds the exercise specs', () => {
  expect(Object.keys(modules).length).toBeGreaterThanOrEqual(1);
});

for (const [path, { default: spec }] of Object.entries(modules)) {
  describe(`exercise ${spec.kind}`, () => {
    it('is named after its file', () => {
      expect(path.endsWith(`/${spec.kind}.ts`)).toBe(true);
    });

    it(`is well posed and checkable for ${SEEDS} seeds`, () => {
      const answers = new Set<string>();
      for (let seed = 0; seed < SEEDS; seed++) {
        const where = `${spec.kind}, seed ${seed}`;
        const problem = spec.generate(seed);
        expect(spec.generate(seed), `${where}: the same seed, the same problem`).toEqual(problem);
        const answer = spec.answer(problem);
        const text = spec.answerText(problem);
        answers.add(JSON.stringify(answer));
        const words = [spec.prompt(problem), text, ...spec.working(problem)];
        if (spec.reveal) words.push(spec.reveal(problem));
        for (const html of words) expectReadable(html, where);
        if (seed < 20) {
          for (const html of words) {
            const leaked = keys.find((k) => html.includes(k));
            expect(leaked, `${where}: a catalogue key is shown`).toBeUndefined();
          }
        }
        if (answer.kind === 'number') {
          const { value } = answer;
          expect(Number.isFinite(value), where).toBe(true);
          if (answer.absolute === undefined) {
            // Neither trivially 0 nor huge, unless the exercise states zero is the point.
            expect(Math.abs(value), where).toBeGreaterThanOrEqual(1e-3);
            expect(Math.abs(value), where).toBeLessThanOrEqual(1e6);
          }
          expect(checkAnswer(answer, text).verdict, `${where}: answerText ${text}`).toBe('right');
          expect(checkAnswer(answer, String(value)).verdict, where).toBe('right');
          const fraction = answer.fractions === false ? undefined : asFraction(value);
          if (fraction)
            expect(checkAnswer(answer, fraction).verdict, `${where}: ${fraction}`).toBe('right');
          const width = Math.max((answer.relative ?? 1e-3) * Math.abs(value), answer.absolute ?? 0);
          for (const miss of [value + 3 * width, value - 3 * width]) {
            if (miss === value) continue;
            expect(checkAnswer(answer, String(miss)).verdict, `${where}: near-miss ${miss}`).toBe(
              'wrong',
            );
            const hint = spec.hint(problem, miss);
            if (hint !== undefined) expectReadable(hint, where);
          }
        } else {
          const values = answer.options.map((o) => o.value);
          expect(new Set(values).size, `${where}: options are distinct`).toBe(values.length);
          expect(values, where).toContain(answer.correct);
          for (const o of answer.options) {
            expectReadable(o.label, where);
            const verdict = checkAnswer(answer, o.value).verdict;
            expect(verdict, where).toBe(o.value === answer.correct ? 'right' : 'wrong');
            if (o.value !== answer.correct) {
              const hint = spec.hint(problem, o.value);
              if (hint !== undefined) expectReadable(hint, where);
            }
          }
        }
      }
      // Fresh numbers: "New numbers" must be able to change the problem.
      if (spec.type === 'compute') expect(answers.size).toBeGreaterThan(1);
    }, 60_000); // 1 000 seeds take seconds on a loaded machine (vitest stops at 5 s by default)

    it('renders its default problem for the page and the printed answers', () => {
      const parts = exerciseParts(spec, spec.defaultSeed);
      expect(parts.prompt).not.toBe('');
      expect(parts.working).toContain('<li>');
      expect(parts.answerLine).toMatch(/^Answer: /);
    });
  });
}
