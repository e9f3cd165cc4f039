/**
 * Exercise: one entry of Softmax-with-Loss's gradient y − t for a single row of two logits
 * (chapter 6). The book's `SoftmaxWithLoss` computes it (N = 1, so dx = y − t).
 */
import { Matrix } from '../matrix';
import { softmax } from '../softmax';
import { SoftmaxWithLoss } from '../softmax-with-loss';
import { clearlyApart, firstWellPosed, type Draw } from './seeded-draw';

export interface SoftmaxTwoClassProblem {
  /** The logits a₀, a₁. */
  readonly logits: readonly [number, number];
  /** The true class, 0 or 1. */
  readonly label: 0 | 1;
  /** The class whose entry of dx is asked for. */
  readonly k: 0 | 1;
  /** softmax of the logits. */
  readonly y: readonly [number, number];
  /** dx = y − t from the layer's backward pass. */
  readonly dx: readonly [number, number];
  readonly answer: number;
  readonly mistakes: {
    /** y_k alone, t forgotten (a mistake only at the true class). */
    readonly noT?: number;
    /** y_k − 1 at a class that is not the true one. */
    readonly wrongOne?: number;
    /** t − y instead of y − t; with two classes also the other class's entry, −(y_k − t_k). */
    readonly flipped: number;
  };
}

function make(draw: Draw): SoftmaxTwoClassProblem {
  const logits: [number, number] = [draw.tenth(-2, 3), draw.tenth(-2, 3)];
  const label = draw.int(0, 1) as 0 | 1;
  const k = draw.int(0, 1) as 0 | 1;
  const layer = new SoftmaxWithLoss();
  layer.forward(Matrix.row(logits), [label]);
  const [dx0 = 0, dx1 = 0] = layer.backward(1).toArray()[0]!;
  const [y0 = 0, y1 = 0] = softmax(Matrix.row(logits)).toArray()[0]!;
  const dx: [number, number] = [dx0, dx1];
  const y: [number, number] = [y0, y1];
  const answer = dx[k];
  return {
    logits,
    label,
    k,
    y,
    dx,
    answer,
    mistakes: {
      ...(k === label ? { noT: y[k] } : { wrongOne: y[k] - 1 }),
      flipped: -answer,
    },
  };
}

export function softmaxMistakeValues(p: SoftmaxTwoClassProblem): number[] {
  const { noT, wrongOne, flipped } = p.mistakes;
  return [noT, wrongOne, flipped].filter((v): v is number => v !== undefined);
}

function wellPosed(p: SoftmaxTwoClassProblem): boolean {
  // Logits at least 0.2 apart: y is then clearly not ½, and the two entries clearly differ.
  return (
    Math.abs(p.logits[0] - p.logits[1]) >= 0.2 &&
    Math.abs(p.answer) >= 0.01 &&
    softmaxMistakeValues(p).every((v) => clearlyApart(v, p.answer))
  );
}

export function softmaxTwoClass(seed: number): SoftmaxTwoClassProblem {
  return firstWellPosed(seed, make, wellPosed, () => softmaxTwoClass(1));
}
