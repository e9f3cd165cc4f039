/**
 * The legend of a chapter 7 line chart: one line sample and name per series, left to right,
 * wrapping to a new row when the next would pass the chart's right edge (a narrow chart, or
 * longer names in another language).
 */
import { escapeHtml } from '../html/escape';

/** Solid, dashed, dotted: the series' line style (and its legend sample). */
export const SERIES_STYLES = ['solid', 'dashed', 'dotted'] as const;

/** The height of one legend row, in the chart's units. */
export const LEGEND_ROW = 16;

/** About 7 units per character at the charts' 12 px type. */
const textWidth = (s: string): number => 7 * s.length;

/** Each name's row and x, the legend starting at `left` and ending by `right`. */
export function legendPlaces(
  names: readonly string[],
  left: number,
  right: number,
): Array<{ row: number; x: number }> {
  let row = 0;
  let x = left;
  return names.map((name) => {
    const width = 34 + textWidth(name);
    if (x > left && x + width > right) {
      row += 1;
      x = left;
    }
    const place = { row, x };
    x += width + 18;
    return place;
  });
}

/** The number of rows the legend of `names` takes. */
export const legendRows = (names: readonly string[], left: number, right: number): number =>
  1 + Math.max(0, ...legendPlaces(names, left, right).map((p) => p.row));

/** The legend's markup: a sample of each series' line style, then its name. */
export function legendSvg(names: readonly string[], left: number, right: number): string {
  const places = legendPlaces(names, left, right);
  return names
    .map((name, i) => {
      const { row, x } = places[i]!;
      const y = 14 + row * LEGEND_ROW;
      return (
        `<g class="bp-chart-key bp-series-${SERIES_STYLES[i % 3]}" aria-hidden="true">` +
        `<path d="M${x} ${y}h28"></path>` +
        `<text x="${x + 34}" y="${y + 4}">${escapeHtml(name)}</text></g>`
      );
    })
    .join('');
}
