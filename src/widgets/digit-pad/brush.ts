/**
 * Painting on the pad's 32 × 32 bitmap, as pure functions (unit-tested): the pen's square
 * (PEN_REACH), strokes that join the points a fast pointer skips, and the keyboard cursor.
 */
import { BITMAP_SIDE } from '../../core/data/downsample';
import { PEN_REACH } from '../../render/capstone/digits/pad-svg';

/** A pixel as [row, col], each 0–31. */
export type Pixel = readonly [number, number];

const clamp = (v: number): number => Math.min(BITMAP_SIDE - 1, Math.max(0, v));

/** A copy of `bitmap` with the pen's square around `at` set to `value` (1 paints, 0 erases). */
export function dab(bitmap: readonly number[], at: Pixel, value: 0 | 1): number[] {
  const next = bitmap.slice();
  const [row, col] = at;
  for (let r = row - PEN_REACH; r <= row + PEN_REACH; r++) {
    for (let c = col - PEN_REACH; c <= col + PEN_REACH; c++) {
      if (r >= 0 && r < BITMAP_SIDE && c >= 0 && c < BITMAP_SIDE) next[r * BITMAP_SIDE + c] = value;
    }
  }
  return next;
}

/** The pixels on the straight line from `from` to `to`, both ends included (Bresenham). */
export function linePixels(from: Pixel, to: Pixel): Pixel[] {
  let [r, c] = from;
  const [r1, c1] = to;
  const dr = Math.abs(r1 - r);
  const dc = Math.abs(c1 - c);
  const sr = r < r1 ? 1 : -1;
  const sc = c < c1 ? 1 : -1;
  let err = dc - dr;
  const out: Pixel[] = [[r, c]];
  while (r !== r1 || c !== c1) {
    const e2 = 2 * err;
    if (e2 > -dr) {
      err -= dr;
      c += sc;
    }
    if (e2 < dc) {
      err += dc;
      r += sr;
    }
    out.push([r, c]);
  }
  return out;
}

/** A copy of `bitmap` with the pen drawn along the line from `from` to `to`. */
export function stroke(bitmap: readonly number[], from: Pixel, to: Pixel, value: 0 | 1): number[] {
  return linePixels(from, to).reduce<number[]>((b, p) => dab(b, p, value), bitmap.slice());
}

/** The pixel under a point at (`x`, `y`) CSS pixels in a pad drawn `size` pixels wide. */
export function pixelAt(x: number, y: number, size: number): Pixel {
  const scale = BITMAP_SIDE / Math.max(1, size);
  return [clamp(Math.floor(y * scale)), clamp(Math.floor(x * scale))];
}

const MOVES: Readonly<Record<string, Pixel>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The cursor after an arrow key (held inside the pad), or undefined for any other key. */
export function moveCursor(cursor: Pixel, key: string): Pixel | undefined {
  const move = MOVES[key];
  if (!move) return undefined;
  return [clamp(cursor[0] + move[0]), clamp(cursor[1] + move[1])];
}

/** A blank bitmap. */
export const blankBitmap = (): number[] => new Array<number>(BITMAP_SIDE * BITMAP_SIDE).fill(0);
