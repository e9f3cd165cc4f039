/**
 * The mean of the last mini-batch losses over about one pass through the training set (an
 * epoch's worth of steps). Every step's loss reaches the page, while the whole-set evaluations
 * come only a few times a second and can fall between the leaps of a rate far too high; the
 * mean over an epoch still stays steady against one unlucky batch (at a batch of 1, one
 * confidently wrong example). No DOM: unit-tested.
 */
export interface EpochMean {
  readonly size: number;
  readonly values: number[];
  next: number;
  sum: number;
}

/** An empty window of ⌈trainSize / batchSize⌉ steps (at least 1). */
export function epochMean(trainSize: number, batchSize: number): EpochMean {
  const size = Math.max(1, Math.ceil(trainSize / Math.max(1, batchSize)));
  return { size, values: [], next: 0, sum: 0 };
}

/** Adds one step's loss; returns the mean of the window once it is full, else undefined. */
export function addLoss(w: EpochMean, loss: number): number | undefined {
  if (w.values.length < w.size) w.values.push(loss);
  else {
    w.sum -= w.values[w.next]!;
    w.values[w.next] = loss;
  }
  w.next = (w.next + 1) % w.size;
  w.sum += loss;
  return w.values.length === w.size ? w.sum / w.size : undefined;
}
