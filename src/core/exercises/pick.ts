/**
 * Seeded choices for exercise generators: the same seed gives the same problem on every machine
 * (mulberry32), so a problem can be linked (`#ex-why-1:seed=42`) and printed.
 */
import { mulberry32 } from '../random';

export interface Picker {
  /** A whole number in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  /** One of the items. */
  one<T>(items: readonly T[]): T;
}

export function picker(seed: number): Picker {
  const random = mulberry32(seed);
  return {
    int: (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)),
    one: (items) => items[Math.floor(random() * items.length)]!,
  };
}

/** A float computed from nice numbers, without its binary tail (0.30000000000000004 → 0.3). */
export const tidy = (x: number): number => Number(x.toPrecision(12));
