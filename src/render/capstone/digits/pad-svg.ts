/**
 * The drawing pad's 32 × 32 bitmap as SVG: a light grid every 4 pixels (the blocks the network
 * counts), the painted pixels as one path (runs along a row merged), and the keyboard cursor.
 */
import { BITMAP_SIDE, BLOCK_SIDE } from '../../../core/data/downsample';

/** Pixels of the pen on each side of its centre: a square pen three pixels wide, about as wide
 * as the strokes on the original forms, so blocks fill as the UCI digits' do. */
export const PEN_REACH = 1;

/** The painted pixels as one path: each run of on-pixels in a row is one rectangle. */
export function bitmapPath(bitmap: readonly number[]): string {
  let d = '';
  for (let row = 0; row < BITMAP_SIDE; row++) {
    let col = 0;
    while (col < BITMAP_SIDE) {
      if (bitmap[row * BITMAP_SIDE + col] !== 1) {
        col++;
        continue;
      }
      const start = col;
      while (col < BITMAP_SIDE && bitmap[row * BITMAP_SIDE + col] === 1) col++;
      d += `M${start} ${row}h${col - start}v1h${start - col}z`;
    }
  }
  return d;
}

/** The block grid, drawn once: lines between the 4 × 4 blocks. */
function gridPath(): string {
  let d = '';
  for (let k = BLOCK_SIDE; k < BITMAP_SIDE; k += BLOCK_SIDE) {
    d += `M${k} 0V${BITMAP_SIDE}M0 ${k}H${BITMAP_SIDE}`;
  }
  return d;
}

/**
 * The whole pad picture; `cursor` is the keyboard cursor's [row, col], drawn as the pen's square.
 * Hidden from assistive technology: the pad's container carries the name and the instructions.
 */
export function padSvg(bitmap: readonly number[], cursor: readonly [number, number]): string {
  const [row, col] = cursor;
  const pen = 2 * PEN_REACH + 1;
  return (
    `<svg class="bp-pad-svg" viewBox="0 0 ${BITMAP_SIDE} ${BITMAP_SIDE}" aria-hidden="true" focusable="false">` +
    `<rect class="bp-pad-bg" width="${BITMAP_SIDE}" height="${BITMAP_SIDE}"/>` +
    `<path class="bp-pad-grid" d="${gridPath()}"/>` +
    `<path class="bp-pad-ink" d="${bitmapPath(bitmap)}"/>` +
    `<rect class="bp-pad-cursor" x="${col - PEN_REACH}" y="${row - PEN_REACH}" width="${pen}" height="${pen}"/></svg>`
  );
}
