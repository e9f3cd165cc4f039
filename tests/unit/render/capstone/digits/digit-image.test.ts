import { describe, expect, it } from 'vitest';
import { digitSvg, pixelLevel } from '../../../../../src/render/capstone/digits/digit-image';

describe('digit image SVG', () => {
  it('draws one path per grey level present, not one element per pixel', () => {
    const pixels = new Array<number>(64).fill(0);
    pixels[0] = 16;
    pixels[9] = 16;
    pixels[63] = 8;
    const svg = digitSvg(pixels, 'A 1');
    const paths = [...svg.matchAll(/<path d="([^"]*)" fill-opacity="([^"]*)"/g)];
    expect(paths.map((p) => [p[1], p[2]])).toEqual([
      ['M7 7h1v1h-1z', '0.5'],
      ['M0 0h1v1h-1zM1 1h1v1h-1z', '1'],
    ]);
  });

  it('is a named image and escapes its label', () => {
    const svg = digitSvg([], 'a "3" <b>');
    expect(svg).toContain('role="img" aria-label="a &quot;3&quot; &lt;b&gt;"');
    expect(svg).not.toContain('<path'); // a blank image is only its background
  });

  it('holds values to whole 0–16 and reads non-finite as off', () => {
    expect([-3, 3.4, 99, Number.NaN, Infinity].map(pixelLevel)).toEqual([0, 3, 16, 0, 0]);
  });
});
