/**
 * Drawing a problem's numbers from a seed (issue 16, part E3): the kit's `picker` (whole numbers,
 * picks from a list) plus one-decimal values and grids, all from one `mulberry32` stream, so a
 * seed always gives the same problem; and retrying until a draw is well posed.
 */
import { picker } from './pick';

export interface Draw {
  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  /** A value with one decimal in [lo, hi] (lo and hi themselves one-decimal). */
  tenth(lo: number, hi: number): number;
  /** One entry of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** A rows × cols grid of integers in [lo, hi]. */
  grid(rows: number, cols: number, lo: number, hi: number): number[][];
}

export function seededDraw(seed: number): Draw {
  const { int, one } = picker(seed);
  return {
    int,
    // Tenths as integers divided once, so 0.3 is the Float64 nearest 0.3, not 3 × 0.1.
    tenth: (lo, hi) => int(Math.round(lo * 10), Math.round(hi * 10)) / 10,
    pick: one,
    grid: (rows, cols, lo, hi) =>
      Array.from({ length: rows }, () => Array.from({ length: cols }, () => int(lo, hi))),
  };
}

/**
 * The first draw that `accept`s, trying the seed's stream up to `tries` times; `fallback` (a
 * problem known to be well posed) if none does, so every seed gives a problem.
 */
export function firstWellPosed<P>(
  seed: number,
  make: (draw: Draw) => P,
  accept: (problem: P) => boolean,
  fallback: () => P,
  tries = 200,
): P {
  const draw = seededDraw(seed);
  for (let i = 0; i < tries; i++) {
    const problem = make(draw);
    if (accept(problem)) return problem;
  }
  return fallback();
}

/** True when `a` and `b` differ by more than a checker's tolerance could bridge (1 %). */
export function clearlyApart(a: number, b: number): boolean {
  return Math.abs(a - b) > 0.01 * Math.max(Math.abs(a), Math.abs(b), 1e-9);
}
