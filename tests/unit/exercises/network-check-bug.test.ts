/**
 * Chapter 7's "which bug gave this check?" (issue 16, part E3). Whole-network checks take
 * ≈ 50 ms each, so a few problems per bug are run, not 1 000: each planted bug fails the check
 * with its own signature (so the answer is unique), and no bug passes it.
 */
import { describe, expect, it } from 'vitest';
import {
  CHECK_BUG_BATCHES,
  CHECK_BUG_CHOICES,
  networkCheckBug,
  runProblemCheck,
} from '../../../src/core/exercises/network-check-bug';
import { CHECK_THRESHOLD } from '../../../src/core/net/network-check';
import spec from '../../../src/render/exercises/network-check-bug';

const SEEDS = Array.from({ length: 1000 }, (_, i) => i);

/** The pattern a check shows: shape error, or which parameters disagree. */
function signature(seed: number): string {
  const check = runProblemCheck(networkCheckBug(seed));
  if (check.kind === 'shape-error') return 'shape';
  return check.params
    .filter((p) => p.relativeError > CHECK_THRESHOLD)
    .map((p) => p.name)
    .join(',');
}

const EXPECTED: Record<(typeof CHECK_BUG_CHOICES)[number], string> = {
  none: '',
  'affine-transpose': 'shape',
  'relu-no-mask': 'W1,b1',
  'softmax-no-mean': 'W1,b1,W2,b2',
};

it('draws every choice and batch (8 problems) over 1 000 seeds', () => {
  const problems = SEEDS.map(networkCheckBug);
  const kinds = new Set(problems.map((p) => `${p.bug} ${p.setup.batch}`));
  expect(kinds.size).toBe(CHECK_BUG_CHOICES.length * CHECK_BUG_BATCHES.length);
});

describe.each(CHECK_BUG_CHOICES)('%s', (bug) => {
  const seeds = SEEDS.filter((s) => networkCheckBug(s).bug === bug).slice(0, 2);

  it('shows its own signature at every batch size (every bug fails the check; none passes)', () => {
    for (const batch of CHECK_BUG_BATCHES) {
      const seed = SEEDS.find((s) => {
        const p = networkCheckBug(s);
        return p.bug === bug && p.setup.batch === batch;
      })!;
      expect(signature(seed)).toBe(EXPECTED[bug]);
    }
  });

  it('is the right option, and each other option gets its hint', () => {
    const p = networkCheckBug(seeds[0]!);
    const answer = spec.answer(p);
    if (answer.kind !== 'choice') throw new Error('a choice was expected');
    expect(answer.correct).toBe(bug);
    expect(spec.hint(p, bug)).toBeUndefined();
    for (const other of CHECK_BUG_CHOICES.filter((c) => c !== bug)) {
      expect(spec.hint(p, other)).toBeTruthy();
    }
  });
});

it('a missing 1/N gives every parameter the relative error (N − 1)/(N + 1) the working states', () => {
  const seed = SEEDS.find((s) => networkCheckBug(s).bug === 'softmax-no-mean')!;
  const p = networkCheckBug(seed);
  const check = runProblemCheck(p);
  if (check.kind !== 'compared') throw new Error('compared expected');
  const n = p.setup.batch;
  for (const q of check.params) expect(q.relativeError).toBeCloseTo((n - 1) / (n + 1), 4);
  expect(spec.working(p).join(' ')).toContain(`N = ${n}`);
});
