/**
 * Chapter 5, ReLU backward by hand: given x and dout (one row of four), one entry of dx. Where x ≤ 0
 * the mask shuts the entry and the answer is 0, which is the point; elsewhere dout passes as it is.
 * Computed by the book's Relu.
 */
import { Matrix } from '../matrix';
import { picker, type Picker } from './pick';
import { Relu } from '../relu';
import { allDistinct, drawUntil, nonZeroInt, oneDecimal } from './draw';

export interface ReluDxEntryProblem {
  readonly x: readonly number[];
  readonly dout: readonly number[];
  /** The asked entry, from 0 (the reader reads k + 1). */
  readonly k: number;
  readonly dx: readonly number[];
}

const SIZE = 4;

function draw(pick: Picker): ReluDxEntryProblem {
  const x = Array.from({ length: SIZE }, () => oneDecimal(pick, -3, 3));
  const dout = Array.from({ length: SIZE }, () => nonZeroInt(pick, -5, 5));
  const k = pick.int(0, SIZE - 1);
  const relu = new Relu();
  relu.forward(Matrix.row(x));
  const dx = relu.backward(Matrix.row(dout)).toArray()[0] ?? [];
  return { x, dout, k, dx };
}

/** The asked entry's mistakes a hint names, by the number each gives (only those that apply). */
export function reluDxEntryMistakes(
  p: ReluDxEntryProblem,
): Partial<Record<'ignoredMask' | 'blockedOpen' | 'timesX' | 'kinkHalf', number>> {
  const [x, d] = [p.x[p.k] ?? 0, p.dout[p.k] ?? 0];
  if (x > 0) return { blockedOpen: 0, timesX: d * x };
  if (x === 0) return { ignoredMask: d, kinkHalf: d / 2 };
  return { ignoredMask: d, timesX: d * x };
}

/** The answer for the asked entry. */
export const reluDxEntryAnswer = (p: ReluDxEntryProblem): number => p.dx[p.k] ?? Number.NaN;

/** At least one entry open and one shut, so the row shows both sides of the mask. */
export function reluDxEntry(seed: number): ReluDxEntryProblem {
  return drawUntil(
    picker(seed),
    draw,
    (p) =>
      p.x.some((v) => v > 0) &&
      p.x.some((v) => v <= 0) &&
      allDistinct([reluDxEntryAnswer(p), ...Object.values(reluDxEntryMistakes(p))]),
  );
}
