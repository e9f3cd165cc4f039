/**
 * An 8 × 8 digit image (pixel values 0–16, as in the UCI set) as a small SVG: one path per grey
 * level rather than one rect per pixel, so a picture costs at most 17 elements.
 */
import { escapeHtml } from '../../html/escape';
import { IMAGE_SIDE, MAX_COUNT } from '../../../core/data/downsample';

/** The path of the pixels whose value is `value`: one unit square each. */
function levelPath(pixels: readonly number[], value: number): string {
  let d = '';
  pixels.forEach((v, i) => {
    if (v === value) d += `M${i % IMAGE_SIDE} ${Math.floor(i / IMAGE_SIDE)}h1v1h-1z`;
  });
  return d;
}

/** A pixel value held to a whole 0–16 (anything not finite reads as 0, off). */
export function pixelLevel(v: number): number {
  return Number.isFinite(v) ? Math.min(MAX_COUNT, Math.max(0, Math.round(v))) : 0;
}

/**
 * The image as SVG markup, drawn in the text colour on the page's background (so it follows the
 * theme and prints), `size` CSS pixels wide, named by `label` for assistive technology.
 */
export function digitSvg(pixels: readonly number[], label: string, size = 48): string {
  const levels = Array.from({ length: IMAGE_SIDE * IMAGE_SIDE }, (_, i) =>
    pixelLevel(pixels[i] ?? 0),
  );
  const paths = [...new Set(levels)]
    .filter((v) => v > 0)
    .sort((a, b) => a - b)
    .map(
      (v) =>
        `<path d="${levelPath(levels, v)}" fill-opacity="${Number((v / MAX_COUNT).toFixed(4))}"/>`,
    )
    .join('');
  return (
    `<svg class="bp-digit" viewBox="0 0 ${IMAGE_SIDE} ${IMAGE_SIDE}" width="${size}" height="${size}" ` +
    `role="img" aria-label="${escapeHtml(label)}" fill="currentColor" shape-rendering="crispEdges">` +
    `<rect class="bp-digit-bg" width="${IMAGE_SIDE}" height="${IMAGE_SIDE}"/>${paths}</svg>`
  );
}
