import { describe, expect, it } from 'vitest';
import { downsample } from '../../../../src/core/data/downsample';
import {
  blankBitmap,
  dab,
  linePixels,
  moveCursor,
  pixelAt,
  stroke,
} from '../../../../src/widgets/digit-pad/brush';

const on = (b: readonly number[]) =>
  b.flatMap((v, i) => (v === 1 ? [[Math.floor(i / 32), i % 32]] : []));

describe('the pad’s pen', () => {
  it('paints a 3 × 3 square around the point, without changing the bitmap it was given', () => {
    const before = blankBitmap();
    const after = dab(before, [5, 9], 1);
    expect(before.every((v) => v === 0)).toBe(true);
    expect(on(after)).toEqual([
      [4, 8],
      [4, 9],
      [4, 10],
      [5, 8],
      [5, 9],
      [5, 10],
      [6, 8],
      [6, 9],
      [6, 10],
    ]);
  });

  it('clips at the edges and erases with 0', () => {
    expect(on(dab(blankBitmap(), [0, 31], 1))).toEqual([
      [0, 30],
      [0, 31],
      [1, 30],
      [1, 31],
    ]);
    const painted = dab(blankBitmap(), [10, 10], 1);
    expect(on(dab(painted, [10, 10], 0))).toEqual([]);
  });

  it('joins the points a fast stroke skips, end to end', () => {
    for (const [from, to] of [
      [
        [0, 0],
        [3, 6],
      ],
      [
        [31, 2],
        [4, 29],
      ],
      [
        [10, 10],
        [10, 0],
      ],
    ] as const) {
      const line = linePixels(from, to);
      expect(line[0]).toEqual(from);
      expect(line.at(-1)).toEqual(to);
      // One pixel per step along the longer side, each next to the one before (no gaps).
      const steps = Math.max(Math.abs(to[0] - from[0]), Math.abs(to[1] - from[1]));
      expect(line).toHaveLength(steps + 1);
      line.slice(1).forEach(([r, c], i) => {
        const [pr, pc] = line[i]!;
        expect(Math.max(Math.abs(r - pr), Math.abs(c - pc))).toBe(1);
      });
    }
    expect(linePixels([4, 4], [4, 4])).toEqual([[4, 4]]);
    // A vertical stroke down column 13, rows 1–30, fills block column 3 with 3 pixels wide.
    const counts = downsample(stroke(blankBitmap(), [1, 13], [30, 13], 1));
    expect(counts.filter((c, i) => c > 0 && i % 8 !== 3)).toEqual([]);
    expect(counts[8 + 3]).toBe(12);
  });
});

describe('pointer and keyboard positions', () => {
  it('maps a point on a pad of any drawn size to its pixel, clamped inside', () => {
    expect(pixelAt(0, 0, 256)).toEqual([0, 0]);
    expect(pixelAt(255.9, 8, 256)).toEqual([1, 31]);
    expect(pixelAt(300, -5, 256)).toEqual([0, 31]);
    expect(pixelAt(50, 100, 160)).toEqual([20, 10]);
  });

  it('moves the cursor one pixel per arrow key, never off the pad, and ignores other keys', () => {
    expect(moveCursor([16, 16], 'ArrowUp')).toEqual([15, 16]);
    expect(moveCursor([16, 16], 'ArrowRight')).toEqual([16, 17]);
    expect(moveCursor([0, 0], 'ArrowLeft')).toEqual([0, 0]);
    expect(moveCursor([31, 31], 'ArrowDown')).toEqual([31, 31]);
    expect(moveCursor([3, 3], 'a')).toBeUndefined();
  });
});
