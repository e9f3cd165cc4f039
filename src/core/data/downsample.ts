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

/** The order in which a block's pixels switch on: centre first, so a faint block reads as a dot. */
const FILL_ORDER: readonly number[] = Array.from({ length: MAX_COUNT }, (_, i) => i).sort(
  (a, b) => distance(a) - distance(b) || a - b,
);
function distance(i: number): number {
  const centre = (BLOCK_SIDE - 1) / 2;
  return (Math.floor(i / BLOCK_SIDE) - centre) ** 2 + ((i % BLOCK_SIDE) - centre) ** 2;
}

/**
 * One 32 × 32 bitmap whose {@link downsample} is `counts` (64 values, each rounded and held to
 * 0–16): the pad pre-draws a test image with it. Many bitmaps give the same counts; this one
 * fills each block from its centre outwards.
 */
export function bitmapFromCounts(counts: readonly number[]): number[] {
  const bitmap = new Array<number>(BITMAP_SIDE * BITMAP_SIDE).fill(0);
  for (let block = 0; block < IMAGE_SIDE * IMAGE_SIDE; block++) {
    const raw = Math.round(counts[block] ?? 0);
    const count = Number.isFinite(raw) ? Math.min(MAX_COUNT, Math.max(0, raw)) : 0;
    const top = Math.floor(block / IMAGE_SIDE) * BLOCK_SIDE;
    const left = (block % IMAGE_SIDE) * BLOCK_SIDE;
    for (const i of FILL_ORDER.slice(0, count)) {
      bitmap[(top + Math.floor(i / BLOCK_SIDE)) * BITMAP_SIDE + left + (i % BLOCK_SIDE)] = 1;
    }
  }
  return bitmap;
}
