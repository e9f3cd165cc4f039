/**
 * The digits report for a network and a test set, as the two HTML parts the page shows: the
 * confusion matrix and the test images it gets wrong. The build renders the build-time net's
 * report with it; the live trainer calls it again as the reader's net trains (after loading the
 * digits words: widgets/digit-pad/digit-words.ts).
 */
import type { Dataset } from '../../../core/data/dataset';
import { MAX_COUNT } from '../../../core/data/downsample';
import { confusionMatrix, predictions } from '../../../core/net/training';
import type { TwoLayerNet } from '../../../core/net/two-layer-net';
import { confusionMatrixHtml } from './confusion-matrix';
import { wrongImages, wrongImagesHtml } from './wrong-images';

export interface DigitsReportHtml {
  readonly confusion: string;
  readonly wrong: string;
}

export function digitsReportHtml(net: TwoLayerNet, test: Dataset): DigitsReportHtml {
  const wrong = wrongImages(test.labels, predictions(net, test.x));
  // A test row's inputs are pixel / 16: back to the counts 0–16 the picture draws.
  const pixelsOf = (i: number): number[] =>
    Array.from({ length: test.x.cols }, (_, j) => Math.round(test.x.get(i, j) * MAX_COUNT));
  return {
    confusion: confusionMatrixHtml(confusionMatrix(net, test)),
    wrong: wrongImagesHtml(wrong, test.labels.length, pixelsOf),
  };
}
