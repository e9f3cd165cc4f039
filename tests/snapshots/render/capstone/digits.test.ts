import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { bitmapFromCounts } from '../../../../src/core/data/downsample';
import { digitSvg } from '../../../../src/render/capstone/digits/digit-image';
import { padSvg } from '../../../../src/render/capstone/digits/pad-svg';

const golden = (name: string) => fileURLToPath(new URL(`./goldens/${name}`, import.meta.url));

// A hand-made 7 in the UCI form: 8 rows of 8 counts 0–16.
const SEVEN = [
  [0, 2, 12, 16, 16, 16, 8, 0],
  [0, 1, 8, 8, 9, 16, 7, 0],
  [0, 0, 0, 0, 10, 14, 1, 0],
  [0, 0, 0, 3, 16, 6, 0, 0],
  [0, 0, 0, 11, 13, 0, 0, 0],
  [0, 0, 4, 16, 5, 0, 0, 0],
  [0, 0, 10, 14, 0, 0, 0, 0],
  [0, 0, 13, 7, 0, 0, 0, 0],
].flat();

describe('digits figures', () => {
  it('an 8 × 8 digit matches its golden SVG (one path per grey level)', () => {
    expectGoldenSvg('digit-seven.svg', digitSvg(SEVEN, 'A handwritten 7.', 96));
  });

  it('the pad with that digit pre-drawn matches its golden SVG', () => {
    expectGoldenSvg('pad-seven.svg', padSvg(bitmapFromCounts(SEVEN), [16, 16]));
  });
});

import { expectGolden } from '../../golden';
function expectGoldenSvg(name: string, svg: string): void {
  expectGolden(golden(name), `${svg}\n`);
}
