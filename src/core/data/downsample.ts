/**
 * The UCI digits' preprocessing: each 8 × 8 pixel is the number of "on" pixels (0–16) in one
 * 4 × 4 block of a 32 × 32 black-and-white bitmap (Alpaydin & Kaynak, 1998). The drawing pad
 * downsamples the reader's drawing the same way, so the network sees what it was trained on.
 */

/** The drawn bitmap's side, in pixels. */
export const BITMAP_SIDE = 32;
/** The side of the block that one feature counts. */
export const BLOCK_SIDE = 4;
/** The side of the downsampled image (32 / 4). */
export const IMAGE_SIDE = BITMAP_SIDE / BLOCK_SIDE;
/** The largest count: a block whose 16 pixels are all on. */
export const MAX_COUNT = BLOCK_SIDE * BLOCK_SIDE;

/**
 * A 32 × 32 bitmap, row by row (index `row * 32 + col`), 1 for on and 0 for off, → the 64
 * block counts, row by row. Any value other than 1 counts as off, so bad input cannot raise a
 * count above 16.
 */
export function downsample(bitmap: readonly number[]): number[] {
  const counts = new Array<number>(IMAGE_SIDE * IMAGE_SIDE).fill(0);
  for (let row = 0; row < BITMAP_SIDE; row++) {
    for (let col = 0; col < BITMAP_SIDE; col++) {
      if (bitmap[row * BITMAP_SIDE + col] !== 1) continue;
      const block = Math.floor(row / BLOCK_SIDE) * IMAGE_SIDE + Math.floor(col / BLOCK_SIDE);
      counts[block] = (counts[block] as number) + 1;
    }
  }
  return counts;
}

/** Where pixel `p` (0–31) falls between block centres: the blocks on each side and the share of the far one. */
function between(p: number): [number, number, number] {
  const u = Math.min(IMAGE_SIDE - 1, Math.max(0, (p - (BLOCK_SIDE - 1) / 2) / BLOCK_SIDE));
  const lo = Math.floor(u);
  return [lo, Math.min(IMAGE_SIDE - 1, lo + 1), u - lo];
}

/** The counts smoothed to 32 × 32 (bilinear between block centres): how "inky" each pixel is. */
function smoothed(counts: readonly number[]): number[] {
  const at = (r: number, c: number): number => counts[r * IMAGE_SIDE + c] ?? 0;
  return Array.from({ length: BITMAP_SIDE * BITMAP_SIDE }, (_, i) => {
    const [r0, r1, fr] = between(Math.floor(i / BITMAP_SIDE));
    const [c0, c1, fc] = between(i % BITMAP_SIDE);
    const top = at(r0, c0) * (1 - fc) + at(r0, c1) * fc;
    const bottom = at(r1, c0) * (1 - fc) + at(r1, c1) * fc;
    return top * (1 - fr) + bottom * fr;
  });
}

/**
 * One 32 × 32 bitmap whose {@link downsample} is `counts` (64 values, each rounded and held to
 * 0–16): the pad pre-draws a test image with it. Many bitmaps give the same counts; this one
 * switches on, in each block, the pixels nearest its inkiest neighbours (the counts smoothed
 * between block centres), so strokes run on across blocks instead of breaking into dots.
 */
export function bitmapFromCounts(counts: readonly number[]): number[] {
  const held = Array.from({ length: IMAGE_SIDE * IMAGE_SIDE }, (_, block) => {
    const raw = Math.round(counts[block] ?? 0);
    return Number.isFinite(raw) ? Math.min(MAX_COUNT, Math.max(0, raw)) : 0;
  });
  const ink = smoothed(held);
  const bitmap = new Array<number>(BITMAP_SIDE * BITMAP_SIDE).fill(0);
  held.forEach((count, block) => {
    const top = Math.floor(block / IMAGE_SIDE) * BLOCK_SIDE;
    const left = (block % IMAGE_SIDE) * BLOCK_SIDE;
    const pixels = Array.from(
      { length: MAX_COUNT },
      (_, i) => (top + Math.floor(i / BLOCK_SIDE)) * BITMAP_SIDE + left + (i % BLOCK_SIDE),
    );
    // Inkiest first; ties by position, so the result is the same everywhere.
    pixels.sort((a, b) => (ink[b] as number) - (ink[a] as number) || a - b);
    for (const p of pixels.slice(0, count)) bitmap[p] = 1;
  });
  return bitmap;
}
