/**
 * The decision regions of a network on a 2-D data set, as static SVG: the plane cut into a grid
 * of cells, each coloured by the class the network predicts there, with the data points on top.
 * Few elements whatever the resolution: one `<path>` of cells per class (runs of equal cells
 * merged) and one `<path>` of points per class, each class with its own point shape, so the
 * classes read without colour. Pure: the caller predicts the grid (`gridInputs` gives the cell
 * centres as a Matrix), so the build and the live trainer draw it the same way.
 */
import { Matrix } from '../../core/matrix';
import { escapeHtml } from '../html/escape';
import { t } from '../../messages';
import { px } from './chart-axes';

/** The plane's square window: the toy sets lie within [−1.2, 1.2]². */
export const REGION_DOMAIN: readonly [number, number] = [-1.5, 1.5];

/** A class per grid cell, row-major, row 0 at the top (largest y). */
export interface PredictGrid {
  readonly size: number;
  readonly classes: readonly number[];
}

export interface RegionPoint {
  readonly x: number;
  readonly y: number;
  readonly label: number;
}

const SIZE_PX = 300;

/** The centres of a size × size grid over the window, as size² rows of (x, y), row 0 at the top. */
export function gridInputs(size: number, domain = REGION_DOMAIN): Matrix {
  const [a, b] = domain;
  const cell = (b - a) / size;
  return Matrix.build(size * size, 2, (k, j) =>
    j === 0 ? a + cell * ((k % size) + 0.5) : b - cell * (Math.floor(k / size) + 0.5),
  );
}

/** One path per class: each horizontal run of equal cells as one rectangle. */
function cellPaths(grid: PredictGrid, classes: number): string[] {
  const cell = SIZE_PX / grid.size;
  const d: string[] = Array.from({ length: classes }, () => '');
  for (let r = 0; r < grid.size; r++) {
    let start = 0;
    for (let c = 1; c <= grid.size; c++) {
      const k = grid.classes[r * grid.size + start]!;
      if (c < grid.size && grid.classes[r * grid.size + c] === k) continue;
      if (k >= 0 && k < classes) {
        d[k] +=
          `M${px(start * cell)} ${px(r * cell)}h${px((c - start) * cell)}v${px(cell)}h${px(-(c - start) * cell)}z`;
      }
      start = c;
    }
  }
  return d;
}

/** A point's mark, by class: circle, square, triangle, diamond… (then repeating). */
function mark(k: number, x: number, y: number): string {
  const r = 2.8;
  switch (k % 4) {
    case 0:
      return `M${px(x - r)} ${px(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
    case 1:
      return `M${px(x - r)} ${px(y - r)}h${2 * r}v${2 * r}h${-2 * r}z`;
    case 2:
      return `M${px(x)} ${px(y - r - 1)}l${r + 1} ${2 * r}h${-2 * r - 2}z`;
    default:
      return `M${px(x)} ${px(y - r - 1)}l${r + 1} ${r + 1}l${-r - 1} ${r + 1}l${-r - 1} ${-r - 1}z`;
  }
}

function pointPaths(points: readonly RegionPoint[], classes: number): string[] {
  const [a, b] = REGION_DOMAIN;
  const toPx = (v: number): number => ((v - a) / (b - a)) * SIZE_PX;
  const d: string[] = Array.from({ length: classes }, () => '');
  for (const p of points) {
    const inside = p.x >= a && p.x <= b && p.y >= a && p.y <= b;
    if (inside && p.label >= 0 && p.label < classes) {
      d[p.label] += mark(p.label, toPx(p.x), SIZE_PX - toPx(p.y));
    }
  }
  return d;
}

function legend(classes: number): string {
  return Array.from({ length: classes }, (_, k) => {
    const x = 8 + k * 92;
    return (
      `<path class="bp-points bp-class-${k}" d="${mark(k, x + 4, SIZE_PX + 14)}"></path>` +
      `<text x="${x + 12}" y="${SIZE_PX + 18}">${escapeHtml(t('network.classLegend', { n: `${k}` }))}</text>`
    );
  }).join('');
}

/** The regions and points as one SVG image, with a legend of point shapes below the plane. */
export function regionsSvg(
  grid: PredictGrid,
  points: readonly RegionPoint[],
  classes: number,
): string {
  const cells = cellPaths(grid, classes);
  const marks = pointPaths(points, classes);
  const label = t('network.regionsLabel', { classes: `${classes}`, points: `${points.length}` });
  return (
    `<svg class="bp-regions" viewBox="0 0 ${SIZE_PX} ${SIZE_PX + 26}" role="img" aria-label="${escapeHtml(label)}">` +
    `<g aria-hidden="true">` +
    cells
      .map((d, k) => (d ? `<path class="bp-cells bp-class-${k}" d="${d}"></path>` : ''))
      .join('') +
    marks
      .map((d, k) => (d ? `<path class="bp-points bp-class-${k}" d="${d}"></path>` : ''))
      .join('') +
    legend(classes) +
    `</g></svg>`
  );
}
