/**
 * Exercise: one entry of an Affine layer's weight gradient, dW = Xᵀ · dY (chapter 6). The book's
 * `Affine` computes the answer; the likely mistakes are computed beside it so that each can get
 * its own hint and none can coincide with the answer.
 */
import { Affine } from '../affine';
import { Matrix } from '../matrix';
import { clearlyApart, firstWellPosed, type Draw } from './seeded-draw';

/** N = D = 2 examples and features, M = 3 outputs: X · dY exists, so its mistake can be named. */
const N = 2;
const D = 2;
const M = 3;

export interface AffineDwProblem {
  readonly X: readonly (readonly number[])[];
  readonly dY: readonly (readonly number[])[];
  /** The entry asked for, from 0: row d, column m of dW. */
  readonly d: number;
  readonly m: number;
  /** The whole dW = Xᵀ · dY, from the layer's backward pass. */
  readonly dW: readonly (readonly number[])[];
  readonly answer: number;
  /** The likely wrong answers, by mistake (a mistake that cannot be made here is absent). */
  readonly mistakes: AffineDwMistakes;
}

export interface AffineDwMistakes {
  /** X_nd · dY_nm for one example n only: the sum over the batch forgotten. */
  readonly oneExample: readonly number[];
  /** (X · dY)_dm: the transpose forgotten. */
  readonly noTranspose: number;
  /** dW_md: row and column swapped (only when that entry exists). */
  readonly swapped?: number;
}

/** dW by a backward pass of the book's Affine layer (W's values do not matter to dW). */
function weightGradient(X: Matrix, dY: Matrix): Matrix {
  const layer = new Affine(Matrix.zeros(X.cols, dY.cols), Matrix.zeros(1, dY.cols));
  layer.forward(X);
  layer.backward(dY);
  return layer.dW!;
}

function make(draw: Draw): AffineDwProblem {
  const X = draw.grid(N, D, -3, 3);
  const dY = draw.grid(N, M, -3, 3);
  const d = draw.int(0, D - 1);
  const m = draw.int(0, M - 1);
  const dW = weightGradient(Matrix.from(X), Matrix.from(dY)).toArray();
  const swapped = m < D && d < M ? dW[m]![d] : undefined;
  const mistakes: AffineDwMistakes = {
    oneExample: X.map((row, n) => row[d]! * dY[n]![m]!),
    noTranspose: Matrix.from(X).dot(Matrix.from(dY)).get(d, m),
    ...(swapped === undefined ? {} : { swapped }),
  };
  return { X, dY, d, m, dW, answer: dW[d]![m]!, mistakes };
}

/** Every mistake's value, for uniqueness. */
export function dwMistakeValues(p: AffineDwProblem): number[] {
  const { oneExample, noTranspose, swapped } = p.mistakes;
  return [...oneExample, noTranspose, ...(swapped === undefined ? [] : [swapped])];
}

function wellPosed(p: AffineDwProblem): boolean {
  // Every example contributes (a zero term would make "one example" equal the sum).
  return (
    Math.abs(p.answer) >= 1 &&
    p.mistakes.oneExample.every((v) => v !== 0) &&
    dwMistakeValues(p).every((v) => clearlyApart(v, p.answer))
  );
}

export function affineDwEntry(seed: number): AffineDwProblem {
  return firstWellPosed(seed, make, wellPosed, () => affineDwEntry(1));
}
