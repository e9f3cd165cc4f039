import { describe, expect, it } from 'vitest';
import {
  MAX_WRONG_SHOWN,
  wrongImages,
  wrongImagesHtml,
} from '../../../../../src/render/capstone/digits/wrong-images';

const blank = () => new Array<number>(64).fill(0);

describe('wrong test images', () => {
  it('lists exactly the rows whose prediction differs from the label, in order', () => {
    expect(wrongImages([3, 1, 4, 1, 5], [3, 7, 4, 2, 5])).toEqual([
      { index: 1, actual: 1, predicted: 7 },
      { index: 3, actual: 1, predicted: 2 },
    ]);
  });

  it('captions each image with its true and predicted digit as text', () => {
    const html = wrongImagesHtml([{ index: 1, actual: 1, predicted: 7 }], 5, blank);
    expect(html).toContain('The 1 test image of 5 it gets wrong');
    expect(html).toContain('<figcaption>a 1, read as 7</figcaption>');
    expect(html).toContain('aria-label="A handwritten 1 that the network reads as 7."');
  });

  it('says so when nothing is wrong, and caps a long list with a count', () => {
    expect(wrongImagesHtml([], 360, blank)).toContain('It reads all 360 test images right.');
    const many = Array.from({ length: 100 }, (_, index) => ({ index, actual: 1, predicted: 2 }));
    const html = wrongImagesHtml(many, 360, blank);
    expect(html.match(/<figure>/g)).toHaveLength(MAX_WRONG_SHOWN);
    // Two sentences, not one run into the next.
    expect(html).toContain(`it gets wrong. Showing the first ${MAX_WRONG_SHOWN} of 100.`);
  });

  it('draws each image from the pixels of its own test row', () => {
    const seen: number[] = [];
    wrongImagesHtml(
      [
        { index: 4, actual: 1, predicted: 2 },
        { index: 9, actual: 3, predicted: 8 },
      ],
      10,
      (i) => {
        seen.push(i);
        return blank();
      },
    );
    expect(seen).toEqual([4, 9]);
  });
});
