/**
 * A tiny seeded generator (mulberry32): uniform numbers in [0, 1), the same sequence on every
 * machine for the same seed, so a "random" network is reproducible.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Standard normal numbers (mean 0, variance 1) from a uniform generator, by the Box–Muller
 * transform. Each pair of uniforms gives two normals; the second is kept for the next call.
 * Only IEEE float arithmetic and V8's own Math.log/sqrt/cos/sin are used, so a seed gives the
 * same numbers in Node, the browser and a worker.
 */
export function gaussian(random: () => number): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const z = spare;
      spare = undefined;
      return z;
    }
    const u1 = 1 - random(); // in (0, 1]: log(0) would be −∞
    const u2 = random();
    const r = Math.sqrt(-2 * Math.log(u1));
    spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  };
}
