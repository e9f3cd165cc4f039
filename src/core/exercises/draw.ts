/**
 * Seeded draws of "nice" numbers for the exercises of chapters 3–5, on top of `picker`: integers
 * other than 0 and one-decimal values a reader can work with by hand, and a bounded redraw for the
 * rare problem that would be ill-posed (a likely mistake giving the right answer, say).
 */
import type { Picker } from './pick';

/** A whole number in [lo, hi] other than 0. */
export function nonZeroInt(pick: Picker, lo: number, hi: number): number {
  for (;;) {
    const n = pick.int(lo, hi);
    if (n !== 0) return n;
  }
}

/** A one-decimal value in [lo, hi] (e.g. −2.5), exactly as it prints. */
export function oneDecimal(pick: Picker, lo: number, hi: number): number {
  return pick.int(Math.round(lo * 10), Math.round(hi * 10)) / 10;
}

/**
 * The first draw that `ok` accepts, from one seeded stream, so a seed still gives one problem.
 * `tries` bounds the loop; the generators' tests check that 1 000 seeds never run out of tries.
 */
export function drawUntil<T>(
  pick: Picker,
  draw: (pick: Picker) => T,
  ok: (value: T) => boolean,
  tries = 100,
): T {
  let value = draw(pick);
  for (let k = 1; k < tries && !ok(value); k++) value = draw(pick);
  return value;
}

/** True when a and b differ by more than three times the checker's relative tolerance (1e-3). */
export function clearlyDifferent(a: number, b: number): boolean {
  return Math.abs(a - b) > 3e-3 * Math.max(Math.abs(a), Math.abs(b), 1e-9);
}

/** True when no two of the values are within the checker's tolerance of each other. */
export function allDistinct(values: readonly number[]): boolean {
  return values.every((a, i) => values.slice(i + 1).every((b) => clearlyDifferent(a, b)));
}
