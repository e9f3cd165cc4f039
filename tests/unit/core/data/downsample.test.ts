import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BITMAP_SIDE, bitmapFromCounts, downsample } from '../../../../src/core/data/downsample';

/** A blank 32 × 32 bitmap with the listed [row, col] pixels on. */
function bitmapWith(on: readonly (readonly [number, number])[]): number[] {
  const bitmap = new Array<number>(BITMAP_SIDE * BITMAP_SIDE).fill(0);
  for (const [r, c] of on) bitmap[r * BITMAP_SIDE + c] = 1;
  return bitmap;
}

describe('downsample (the UCI way: on-pixels per 4 × 4 block)', () => {
  it('gives 64 zeros for a blank bitmap', () => {
    expect(downsample(bitmapWith([]))).toEqual(new Array(64).fill(0));
  });

  it('counts one pixel into the block that holds it', () => {
    // Pixel (5, 9) lies in block row 1 (rows 4–7), block column 2 (cols 8–11): feature 10.
    const counts = downsample(bitmapWith([[5, 9]]));
    expect(counts[10]).toBe(1);
    expect(counts.reduce((s, c) => s + c, 0)).toBe(1);
  });

  it('gives 16 for a full block and keeps neighbouring blocks apart', () => {
    const full: [number, number][] = [];
    for (let r = 28; r < 32; r++) for (let c = 0; c < 4; c++) full.push([r, c]);
    // Its neighbours, just across each border: (27, 0) is block 48, (28, 4) is block 57.
    const counts = downsample(bitmapWith([...full, [27, 0], [28, 4], [31, 4]]));
    expect(counts[56]).toBe(16);
    expect(counts[48]).toBe(1);
    expect(counts[57]).toBe(2);
  });

  it('reads a hand-drawn vertical bar as a column of 4s', () => {
    // A one-pixel line down column 13 lies in block column 3, 4 pixels per block.
    const bar = Array.from({ length: 32 }, (_, r) => [r, 13] as const);
    const counts = downsample(bitmapWith(bar));
    for (let block = 0; block < 64; block++) expect(counts[block]).toBe(block % 8 === 3 ? 4 : 0);
  });

  it('counts only exact 1s as on', () => {
    const bitmap = bitmapWith([]);
    bitmap[0] = 2;
    bitmap[1] = Number.NaN;
    bitmap[2] = 0.5;
    expect(downsample(bitmap)[0]).toBe(0);
  });

  it('bitmapFromCounts is a right inverse: any counts 0–16 come back unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 16 }), { minLength: 64, maxLength: 64 }),
        (c) => {
          expect(downsample(bitmapFromCounts(c))).toEqual(c);
        },
      ),
    );
  });

  it('bitmapFromCounts holds bad counts to 0–16', () => {
    const counts = new Array<number>(64).fill(0);
    counts[0] = 99;
    counts[1] = -3;
    counts[2] = Number.NaN;
    counts[3] = 4.4;
    expect(downsample(bitmapFromCounts(counts)).slice(0, 4)).toEqual([16, 0, 0, 4]);
  });
});
