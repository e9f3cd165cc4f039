/**
 * Chapter 4, predict: what does a fresh layer do when `backward` runs before `forward`? The
 * book's layers refuse loudly (core/saved.ts); the exercise runs one to show it.
 */
import { AddLayer } from '../add-layer';
import { MulLayer } from '../mul-layer';
import { picker } from './pick';
import { nonZeroInt } from './draw';

export interface BackwardBeforeForwardProblem {
  readonly layer: 'MulLayer' | 'AddLayer';
  readonly dout: number;
  /** What running it gave: the error's message, or (never, with the book's layers) the result. */
  readonly outcome:
    | { readonly threw: true; readonly message: string }
    | { readonly threw: false; readonly result: readonly number[] };
}

export function backwardBeforeForward(seed: number): BackwardBeforeForwardProblem {
  const pick = picker(seed);
  const layer = pick.one(['MulLayer', 'AddLayer'] as const);
  const dout = nonZeroInt(pick, -5, 5);
  const fresh = layer === 'MulLayer' ? new MulLayer() : new AddLayer();
  try {
    return { layer, dout, outcome: { threw: false, result: fresh.backward(dout) } };
  } catch (error) {
    return {
      layer,
      dout,
      outcome: { threw: true, message: error instanceof Error ? error.message : String(error) },
    };
  }
}
