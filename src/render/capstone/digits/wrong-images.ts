/** The test images the network gets wrong, as a list of small pictures with their labels. */
import { t } from '../../../messages/t';
import { digitSvg } from './digit-image';

/** One wrong answer: the row of the test set, its true digit and the digit the network read. */
export interface WrongImage {
  readonly index: number;
  readonly actual: number;
  readonly predicted: number;
}

/** Every row where the prediction differs from the label, in test-set order. */
export function wrongImages(labels: readonly number[], predicted: readonly number[]): WrongImage[] {
  const wrong: WrongImage[] = [];
  labels.forEach((actual, index) => {
    const p = predicted[index];
    if (p !== undefined && p !== actual) wrong.push({ index, actual, predicted: p });
  });
  return wrong;
}

/** Shown at most: a weak network can get hundreds wrong, and the page must stay light. */
export const MAX_WRONG_SHOWN = 40;

/**
 * The list as HTML: a heading sentence, then a figure per image (the picture, and "a 3, read as
 * 8" as text beneath). `pixelsOf(index)` gives a test row's 64 pixel values (0–16).
 */
export function wrongImagesHtml(
  wrong: readonly WrongImage[],
  total: number,
  pixelsOf: (index: number) => readonly number[],
): string {
  if (wrong.length === 0) return `<p class="bp-wrong-head">${t('digits.wrongNone', { total })}</p>`;
  const shown = wrong.slice(0, MAX_WRONG_SHOWN);
  const more =
    wrong.length > shown.length
      ? `. ${t('digits.wrongMore', { shown: shown.length, count: wrong.length })}`
      : '';
  const items = shown
    .map(
      (w) =>
        `<li><figure>${digitSvg(pixelsOf(w.index), t('digits.imageLabel', w))}` +
        `<figcaption>${t('digits.wrongCaption', w)}</figcaption></figure></li>`,
    )
    .join('');
  return (
    `<p class="bp-wrong-head">${t('digits.wrongHead', { count: wrong.length, total })}${more}</p>` +
    `<ul class="bp-wrong" role="list">${items}</ul>`
  );
}
