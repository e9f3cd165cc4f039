/**
 * Chapter 6's "find the bug" (issue 16, part E3): every planted layer bug fails the layer's
 * gradient check while the correct layer passes on the same numbers; every generated problem
 * blames exactly the bug's gradient; the right line is the answer and every other line a hint.
 */
import { describe, expect, it } from 'vitest';
import { blamedParameter, checkLayer, layerBug } from '../../../src/core/exercises/layer-bug';
import { AFFINE_SOFTMAX_BUGS, layerOf } from '../../../src/core/net/planted-bugs';
import spec from '../../../src/render/exercises/layer-bug';

const SEEDS = Array.from({ length: 1000 }, (_, i) => i * 2654435761);
const PROBLEMS = SEEDS.map(layerBug);

/** The first few seeds whose problem plants `bug`. */
const seedsFor = (bug: string, count = 4): number[] =>
  SEEDS.filter((_, i) => PROBLEMS[i]!.bug === bug).slice(0, count);

describe.each(AFFINE_SOFTMAX_BUGS)('%s', (bug) => {
  it('fails the gradient check, where the correct layer passes on the same numbers', () => {
    const seeds = seedsFor(bug);
    expect(seeds.length).toBe(4);
    for (const seed of seeds) {
      const p = layerBug(seed);
      const buggy = checkLayer(p);
      const blamed = buggy.parameters.find((q) => q.name === blamedParameter(bug))!;
      expect(blamed.relativeError).toBeGreaterThan(1e-2);
      expect(checkLayer({ ...p, bug: 'none' as never }).maxRelativeError).toBeLessThan(1e-7);
    }
  });

  it('is caught by values in the way its line predicts', () => {
    const p = layerBug(seedsFor(bug)[0]!);
    const q = checkLayer(p).parameters.find((r) => r.name === blamedParameter(bug))!;
    const right = q.numerical.toArray().flat();
    const got = q.analytic.toArray().flat();
    const n = p.layer === 'affine' ? p.X.rows : p.x.rows;
    if (bug === 'softmax-sign') got.forEach((v, i) => expect(v).toBeCloseTo(-right[i]!, 6));
    if (bug === 'softmax-no-mean') got.forEach((v, i) => expect(v).toBeCloseTo(n * right[i]!, 6));
    if (bug === 'affine-db-mean') got.forEach((v, i) => expect(v).toBeCloseTo(right[i]! / n, 6));
    if (bug === 'affine-dw-swapped') {
      expect(q.analytic.toArray()).toEqual(
        q.numerical
          .transpose()
          .toArray()
          .map((r) => r.map((v) => expect.closeTo(v, 6))),
      );
    }
    expect(layerOf(bug)).toBe(p.layer);
  });
});

describe('the exercise', () => {
  it('over 1 000 seeds blames exactly the bug, and plants every bug', () => {
    const seen = new Set<string>();
    for (const p of PROBLEMS) {
      seen.add(p.bug);
      for (const q of checkLayer(p).parameters) {
        if (q.name === blamedParameter(p.bug)) expect(q.relativeError).toBeGreaterThan(1e-2);
        else expect(q.relativeError).toBeLessThan(1e-7);
      }
    }
    expect([...seen].sort()).toEqual([...AFFINE_SOFTMAX_BUGS].sort());
  });

  it('offers the body lines, one of them right; every other line gets a hint', () => {
    for (const bug of AFFINE_SOFTMAX_BUGS) {
      const p = layerBug(seedsFor(bug, 1)[0]!);
      const answer = spec.answer(p);
      if (answer.kind !== 'choice') throw new Error('a choice was expected');
      const values = answer.options.map((o) => o.value);
      expect(values).toContain(answer.correct);
      expect(new Set(values).size).toBe(values.length);
      // The right option shows the buggy code that the listing shows.
      const right = answer.options.find((o) => o.value === answer.correct)!;
      expect(spec.prompt(p)).toContain(right.label.replace(/^Line \d+: /, ''));
      expect(spec.answerText(p)).toBe(right.label);
      expect(spec.hint(p, answer.correct)).toBeUndefined();
      for (const v of values.filter((v) => v !== answer.correct)) {
        expect(spec.hint(p, v)).toMatch(/^Line \d+ /);
      }
    }
  });

  it('reveals the check: the blamed gradient disagrees, the others agree', () => {
    const p = layerBug(seedsFor('affine-db-mean', 1)[0]!);
    const html = spec.reveal!(p);
    expect(html.match(/is-disagree/g)).toHaveLength(1);
    expect(html.match(/is-agree/g)).toHaveLength(2);
    expect(html).toContain('db by backprop');
    expect(html).not.toMatch(/NaN|Infinity|ex6\./);
  });
});
