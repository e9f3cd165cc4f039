/**
 * The messages between the trainer element and its worker: plain data only (structured clone).
 * The page asks; the worker answers with summaries at most ~10 times a second, never per step,
 * so the page's main thread does little more than draw.
 */
import type { DatasetName, Evaluation, TrainSettings } from '../../core/net/training';
import type { InspectedStep, PlainParams } from '../../render/capstone/step-inspector';
import type { WrongImage } from '../../render/capstone/digits/wrong-images';

export type ToWorker =
  /** A fresh network at step 0 (loads the data set first if needed). */
  | { readonly type: 'reset'; readonly dataset: DatasetName; readonly settings: TrainSettings }
  | { readonly type: 'train' }
  | { readonly type: 'pause' }
  /** Exactly one mini-batch step (pauses first if running). */
  | { readonly type: 'step' };

/** A 2-D training point, for the decision-region figure. */
export interface PlanePoint {
  readonly x: number;
  readonly y: number;
  readonly label: number;
}

/** Digits: how the network does on the test images, for the confusion matrix and the list. */
export interface DigitsReport {
  /** counts[true][predicted] over the test set. */
  readonly confusion: number[][];
  /** Every test image it gets wrong (row, true digit, digit read), in test-set order. */
  readonly wrong: readonly WrongImage[];
  /** The pixels (counts 0–16) of the wrong images the page shows, by test row. */
  readonly pixels: Readonly<Record<number, readonly number[]>>;
}

export interface Update {
  readonly type: 'update';
  readonly steps: number;
  readonly running: boolean;
  /** Mini-batch losses of the steps since the last update, ending at `steps`. */
  readonly losses: readonly number[];
  /** The network on the whole train and test sets at `steps` (absent when diverged). */
  readonly evaluation?: Evaluation;
  /** The predicted class of each cell of the region grid (2-D sets only). */
  readonly regions?: readonly number[];
  /** Digits: the confusion matrix [true][predicted] and some wrong test images. */
  readonly digits?: DigitsReport;
  /** The parameters at `steps`, for figures outside the trainer (the drawing pad). */
  readonly params?: PlainParams;
  /** The step whose loss was not finite: training stopped there. */
  readonly diverged?: number;
}

export type FromWorker =
  | {
      readonly type: 'ready';
      readonly dataset: DatasetName;
      readonly trainSize: number;
      readonly testSize: number;
      /** The batch size of this network's settings. */
      readonly batchSize?: number;
      readonly classes: number;
      /** The training points (2-D sets only). */
      readonly points?: readonly PlanePoint[];
      /** The side of the square region grid, when `points` is given. */
      readonly gridSize?: number;
    }
  | Update
  /** The last step, in full, for "look inside one step" (sent on pause and on One step). */
  | { readonly type: 'inspect'; readonly step: InspectedStep }
  | { readonly type: 'failed'; readonly reason: 'data' | 'error' };
