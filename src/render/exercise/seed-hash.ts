/**
 * An exercise's numbers in the URL hash: `#<exercise-id>:seed=<n>`, n a 32-bit unsigned
 * integer in decimal, beside the cells' segments (src/render/kit/hash-state.ts joins them).
 */
const SEED = /^seed=(\d{1,10})$/;

/** The seed a segment names, or undefined when it is not exactly `seed=<n>`, n < 2³². */
export function readSeed(segment: string): number | undefined {
  const match = SEED.exec(segment);
  if (!match) return undefined;
  const seed = Number(match[1]);
  return seed <= 0xffffffff ? seed : undefined;
}

export const seedSegment = (id: string, seed: number): string => `${id}:seed=${seed >>> 0}`;
