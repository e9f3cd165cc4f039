import { Matrix } from '../matrix';
import type { Dataset } from './dataset';

/** Pixels per image: 8 × 8. */
export const DIGIT_PIXELS = 64;

/**
 * THE train/test split every part of the book uses: 20 % of each digit's images held out
 * (359 test, 1 438 train), stratified by class, the same rows on every machine.
 */
export const DIGITS_SPLIT = { seed: 1998, testFraction: 0.2 } as const;

/**
 * The UCI handwritten digits from their committed text form (src/data/uci-digits/digits.txt):
 * one image per line, its label (0–9) then 64 pixels row by row, each one base-17 digit 0–g
 * for a count of 0–16. x holds count / 16, so every pixel is in [0, 1].
 */
export function parseDigits(text: string): Dataset {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const labels: number[] = [];
  const rows = lines.map((line, n) => {
    const label = Number.parseInt(line[0]!, 10);
    const pixels = [...line.slice(1).trim()].map((ch) => Number.parseInt(ch, 17));
    if (
      !(label >= 0 && label <= 9) ||
      pixels.length !== DIGIT_PIXELS ||
      pixels.some(Number.isNaN)
    ) {
      throw new Error(`digits: line ${n + 1} is not a label and 64 pixels`);
    }
    labels.push(label);
    return pixels.map((v) => v / 16);
  });
  return { x: Matrix.from(rows), labels, classes: 10 };
}
