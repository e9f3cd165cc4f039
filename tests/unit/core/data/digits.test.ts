import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIGITS_SPLIT, parseDigits } from '../../../../src/core/data/digits';
import { DIGITS_PATH, loadDigits } from '../../../../src/lib/digits-data';
import { DIGITS_SHA256, csvToDigitsText } from '../../../../scripts/get-digits.mjs';

const text = readFileSync(DIGITS_PATH, 'utf8');

describe('the committed UCI digits', () => {
  it('is the file scripts/get-digits.mjs made (its SHA-256, also in the README)', () => {
    const hash = createHash('sha256').update(text).digest('hex');
    expect(hash).toBe(DIGITS_SHA256);
    expect(readFileSync('src/data/uci-digits/README.md', 'utf8')).toContain(hash);
  });

  it('holds 1 797 images of 64 pixels in [0, 1], labels 0–9, 174 to 183 of each', () => {
    const d = parseDigits(text);
    expect([d.x.rows, d.x.cols, d.classes]).toEqual([1797, 64, 10]);
    const pixels = d.x.toArray().flat();
    expect(Math.min(...pixels)).toBe(0);
    expect(Math.max(...pixels)).toBe(1);
    const counts = Array.from({ length: 10 }, (_, c) => d.labels.filter((l) => l === c).length);
    expect(counts).toEqual([178, 182, 177, 183, 181, 182, 181, 179, 174, 180]);
  });

  it("reads the first image as sklearn's first row: a 0, pixel (0, 2) = 5/16", () => {
    const d = parseDigits(text);
    expect(d.labels[0]).toBe(0);
    expect(d.x.get(0, 2)).toBe(5 / 16);
    expect(d.x.get(0, 3)).toBe(13 / 16);
  });

  it('the converter writes label then base-17 pixels, and refuses a bad row', () => {
    const row = [...Array(63).fill(0), 16].join(',');
    expect(csvToDigitsText(`${row},7\n`)).toBe(`7${'0'.repeat(63)}g\n`);
    expect(() => csvToDigitsText(`${row},10\n`)).toThrow(/line 1/);
    expect(() => csvToDigitsText(`1,2,3\n`)).toThrow(/line 1/);
    expect(parseDigits(csvToDigitsText(`${row},7\n`)).x.get(0, 63)).toBe(1);
  });

  it('refuses a line that is not a label and 64 pixels', () => {
    expect(() => parseDigits('5123\n')).toThrow(/line 1/);
    expect(() => parseDigits(`x${'0'.repeat(64)}\n`)).toThrow(/line 1/);
    expect(() => parseDigits(`1${'0'.repeat(63)}h\n`)).toThrow(/line 1/);
  });
});

describe('DIGITS_SPLIT', () => {
  const { train, test } = loadDigits();

  it('is fixed, stratified by class, 20 % test: 1 438 train and 359 test', () => {
    expect([train.x.rows, test.x.rows]).toEqual([1438, 359]);
    expect(DIGITS_SPLIT.testFraction).toBe(0.2);
    for (let c = 0; c < 10; c++) {
      const inTest = test.labels.filter((l) => l === c).length;
      const all = inTest + train.labels.filter((l) => l === c).length;
      expect(inTest).toBe(Math.round(all * 0.2));
    }
  });

  it('is disjoint and covers every row, and gives the same rows on a second parse', () => {
    const rows = parseDigits(text)
      .x.toArray()
      .map((r) => r.join(','));
    const key = (m: typeof train.x) => m.toArray().map((r) => r.join(','));
    const seen = [...key(train.x), ...key(test.x)];
    // Some images repeat in the data, so compare as multisets.
    expect([...seen].sort()).toEqual([...rows].sort());
    const again = loadDigits();
    expect(again.test.labels).toEqual(test.labels);
  });
});
