/**
 * The geometry of a small function plot: its pixel box, margins and data domains.
 *
 * Observable Plot draws the curve at build time from these numbers; the browser moves the
 * marker with {@link markerAt}, which maps data to pixels with the same linear scales Plot
 * uses for an explicit domain (no `nice`, no insets). Keeping the mapping here, in a few
 * lines, is what lets a page move a marker without shipping the plotting library.
 */
export interface PlotFrame {
  readonly width: number;
  readonly height: number;
  readonly marginTop: number;
  readonly marginRight: number;
  readonly marginBottom: number;
  readonly marginLeft: number;
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
}

/** A marker's pixel position; `inside` is false when the point was clamped to the frame's edge. */
export interface MarkerPosition {
  readonly cx: number;
  readonly cy: number;
  readonly inside: boolean;
}

/** Data x → pixel x, as Plot's linear x scale over `[marginLeft, width − marginRight]`. */
export function scaleX(frame: PlotFrame, x: number): number {
  const [x0, x1] = frame.xDomain;
  const left = frame.marginLeft;
  const right = frame.width - frame.marginRight;
  return left + ((x - x0) / (x1 - x0)) * (right - left);
}

/** Data y → pixel y, as Plot's linear y scale over `[height − marginBottom, marginTop]` (up is up). */
export function scaleY(frame: PlotFrame, y: number): number {
  const [y0, y1] = frame.yDomain;
  const bottom = frame.height - frame.marginBottom;
  const top = frame.marginTop;
  return bottom + ((y - y0) / (y1 - y0)) * (top - bottom);
}

/**
 * Where to draw the marker for the point (x, y). Points outside the domains are clamped to the
 * nearest edge (and reported as not inside) so a marker never leaves the plot; the caption
 * still gives the true values.
 */
export function markerAt(frame: PlotFrame, x: number, y: number): MarkerPosition {
  const cx = clamp(x, frame.xDomain);
  const cy = clamp(y, frame.yDomain);
  return {
    cx: round(scaleX(frame, cx)),
    cy: round(scaleY(frame, cy)),
    inside: cx === x && cy === y,
  };
}

function clamp(v: number, [a, b]: readonly [number, number]): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return Math.min(hi, Math.max(lo, v));
}

/** Two decimals: sub-pixel enough, and stable in snapshots. */
function round(v: number): number {
  return Math.round(v * 100) / 100;
}
