/**
 * What a two-layer network reads in an 8 × 8 image: its softmax probabilities for 0–9.
 * Counts 0–16 become inputs count / 16, exactly as the digits data set is scaled for training.
 */
import { IMAGE_SIDE, MAX_COUNT } from '../../../core/data/downsample';
import { Matrix } from '../../../core/matrix';
import { TwoLayerNet } from '../../../core/net/two-layer-net';
import type { NetworkParams } from '../../../core/random-network';
import { softmax } from '../../../core/softmax';

/**
 * The probability of each class for one image of 64 counts, or undefined when the network's
 * shapes do not take 64 inputs or a probability is not finite (a diverged network).
 */
export function readDigit(params: NetworkParams, counts: readonly number[]): number[] | undefined {
  const inputs = IMAGE_SIDE * IMAGE_SIDE;
  if (params.W1.rows !== inputs || counts.length !== inputs) return;
  try {
    const x = Matrix.row(counts.map((c) => c / MAX_COUNT));
    const probabilities = softmax(TwoLayerNet.fromParams(params).predict(x)).toArray()[0];
    return probabilities?.every(Number.isFinite) ? probabilities : undefined;
  } catch {
    return undefined; // a shape the layers refuse: the caller keeps what it showed
  }
}
