import { describe, expect, it } from 'vitest';
import { bitmapPath, padSvg } from '../../../../../src/render/capstone/digits/pad-svg';

const blank = () => new Array<number>(32 * 32).fill(0);

describe('drawing pad SVG', () => {
  it('merges a run of painted pixels in a row into one rectangle', () => {
    const b = blank();
    for (const c of [3, 4, 5, 9]) b[2 * 32 + c] = 1;
    b[31 * 32 + 31] = 1;
    expect(bitmapPath(b)).toBe('M3 2h3v1h-3zM9 2h1v1h-1zM31 31h1v1h-1z');
  });

  it('draws nothing for a blank pad, and places the cursor at [row, col]', () => {
    expect(bitmapPath(blank())).toBe('');
    const svg = padSvg(blank(), [5, 7]);
    expect(svg).toContain('<rect class="bp-pad-cursor" x="6" y="4" width="3" height="3"');
    expect(svg).toContain('aria-hidden="true"');
  });
});
