import type { Matrix } from '../matrix';
import { mulberry32 } from '../random';

/** Examples as rows of x (N × D), each with its class, 0 … classes − 1. */
export interface Dataset {
  readonly x: Matrix;
  readonly labels: readonly number[];
  readonly classes: number;
}

export interface SplitData {
  readonly train: Dataset;
  readonly test: Dataset;
}

/** The rows at `indices` of a data set, in that order. */
export function subset(d: Dataset, indices: readonly number[]): Dataset {
  return { x: d.x.pickRows(indices), labels: indices.map((i) => d.labels[i]!), classes: d.classes };
}

/** The numbers 0 … n − 1 in a seeded random order (Fisher–Yates). */
export function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * A fixed train/test split, stratified by class: from each class, a seeded random
 * `testFraction` of its rows (rounded) goes to test, the rest to train, so both halves keep the
 * class mix. Rows keep their original order within each half.
 */
export function splitDataset(
  d: Dataset,
  options: { seed: number; testFraction: number },
): SplitData {
  const random = mulberry32(options.seed);
  const test: number[] = [];
  const train: number[] = [];
  for (let c = 0; c < d.classes; c++) {
    const rows = d.labels.flatMap((label, i) => (label === c ? [i] : []));
    const order = shuffled(rows.length, random).map((k) => rows[k]!);
    const cut = Math.round(rows.length * options.testFraction);
    test.push(...order.slice(0, cut));
    train.push(...order.slice(cut));
  }
  const sorted = (v: number[]) => v.sort((a, b) => a - b);
  return { train: subset(d, sorted(train)), test: subset(d, sorted(test)) };
}
