import { describe, expect, it } from 'vitest';
import { readSeed, seedSegment } from '../../../src/render/exercise/seed-hash';
import { readHash, withSegment } from '../../../src/render/kit/hash-state';

describe('an exercise’s seed in the URL hash', () => {
  it('reads exactly seed=<n>, n a 32-bit unsigned integer', () => {
    expect(readSeed('seed=42')).toBe(42);
    expect(readSeed('seed=4294967295')).toBe(4294967295);
    for (const bad of ['seed=4294967296', 'seed=-1', 'seed=1.5', 'seed=', 'x=1', 'seed=1&x=2']) {
      expect(readSeed(bad), bad).toBeUndefined();
    }
  });

  it('writes its segment beside the cells’ segments, which survive', () => {
    const hash = withSegment('#shopping:tax=1.2', 'ex-why-1', seedSegment('ex-why-1', 42));
    expect(hash).toBe('#ex-why-1:seed=42/shopping:tax=1.2');
    const state = readHash(hash);
    expect(state.kind === 'cells' && state.segments.get('ex-why-1')).toBe('seed=42');
    expect(state.kind === 'cells' && state.segments.get('shopping')).toBe('tax=1.2');
    expect(withSegment(hash, 'ex-why-1', seedSegment('ex-why-1', 7))).toBe(
      '#ex-why-1:seed=7/shopping:tax=1.2',
    );
  });
});
