/**
 * Seeded draws of "nice" numbers for chapter 3–5 exercises: small integers and one-decimal values a
 * reader can work with by hand. Each generator takes a `mulberry32` stream, so a seed always gives
 * the same problem (linked, printed and checked alike).
 */

/** A uniform integer in [lo, hi], both included. */
export function int(random: () => number, lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

/** A uniform integer in [lo, hi] other than 0. */
export function nonZeroInt(random: () => number, lo: number, hi: number): number {
  for (;;) {
    const n = int(random, lo, hi);
    if (n !== 0) return n;
  }
}

/** A one-decimal value in [lo, hi] (e.g. −2.5), rounded so it prints as typed. */
export function oneDecimal(random: () => number, lo: number, hi: number): number {
  return int(random, Math.round(lo * 10), Math.round(hi * 10)) / 10;
}

/** One element of a non-empty list. */
export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/**
 * Draws until `ok` accepts, from a stream seeded once: the first acceptable draw. A generator uses
 * it to turn away the rare draw that would make a problem ill-posed (a hint's wrong answer equal to
 * the right one, say); `tries` bounds the loop, and the last draw is returned if none passes.
 */
export function drawUntil<T>(
  random: () => number,
  draw: (random: () => number) => T,
  ok: (value: T) => boolean,
  tries = 100,
): T {
  let value = draw(random);
  for (let k = 1; k < tries && !ok(value); k++) value = draw(random);
  return value;
}

/** True when a and b differ by more than the answer checker's relative tolerance (1e-3, ×3). */
export function clearlyDifferent(a: number, b: number): boolean {
  return Math.abs(a - b) > 3e-3 * Math.max(Math.abs(a), Math.abs(b), 1e-9);
}

/** True when no two of the values are within the checker's tolerance of each other. */
export function allDistinct(values: readonly number[]): boolean {
  return values.every((a, i) => values.slice(i + 1).every((b) => clearlyDifferent(a, b)));
}
