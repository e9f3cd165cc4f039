/**
 * What the trainer's worker computes besides steps: the data sets (the digits fetched once, from
 * the committed file, under whatever base path the book is served), the parameters as plain
 * arrays, and the digits report. Worker-side only.
 */
import { toySplit, type ToySetName } from '../../core/data/toy-sets';
import { DIGITS_SPLIT, parseDigits } from '../../core/data/digits';
import { splitDataset, type SplitData } from '../../core/data/dataset';
import type { NetworkParams } from '../../core/random-network';
import {
  confusionMatrix,
  predictions,
  type DatasetName,
  type Training,
} from '../../core/net/training';
import type { PlainParams } from '../../render/capstone/step-inspector';
import { MAX_WRONG_SHOWN, wrongImages } from '../../render/capstone/digits/wrong-images';
import type { DigitsReport } from './protocol';
import digitsUrl from '../../data/uci-digits/digits.txt?url';

const loaded = new Map<DatasetName, Promise<SplitData>>();

export function load(name: DatasetName): Promise<SplitData> {
  let split = loaded.get(name);
  if (!split) {
    split =
      name === 'digits'
        ? fetch(digitsUrl)
            .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`digits: ${r.status}`))))
            .then((text) => splitDataset(parseDigits(text), DIGITS_SPLIT))
        : Promise.resolve(toySplit(name as ToySetName));
    split.catch(() => loaded.delete(name));
    loaded.set(name, split);
  }
  return split;
}

export const plain = (p: NetworkParams): PlainParams => ({
  W1: p.W1.toArray(),
  b1: p.b1.toArray(),
  W2: p.W2.toArray(),
  b2: p.b2.toArray(),
});

/** The confusion matrix and the wrong test images, with the pixels of those the page shows. */
export function digitsReport(t: Training, d: SplitData): DigitsReport {
  const predicted = predictions(t.net, d.test.x);
  const wrong = wrongImages(d.test.labels, predicted);
  const pixels: Record<number, number[]> = {};
  for (const w of wrong.slice(0, MAX_WRONG_SHOWN)) {
    pixels[w.index] = Array.from(
      { length: d.test.x.cols },
      (_, j) => d.test.x.get(w.index, j) * 16,
    );
  }
  return { confusion: confusionMatrix(t.net, d.test), wrong, pixels };
}
