/**
 * Exercise: one entry of an Affine layer's bias gradient, db = the column sums of dY (chapter 6:
 * broadcast forward, summed backward). The book's `Affine` computes it.
 */
import { Affine } from '../affine';
import { Matrix } from '../matrix';
import { clearlyApart, firstWellPosed, type Draw } from './seeded-draw';

/** A square dY (N = M = 3), so that the row-sum mistake exists for every column asked. */
const N = 3;
const M = 3;

export interface AffineDbProblem {
  readonly dY: readonly (readonly number[])[];
  /** The entry asked for, from 0. */
  readonly m: number;
  readonly db: readonly number[];
  readonly answer: number;
  readonly mistakes: {
    /** dY_nm of one row only: the bias taken as used once. */
    readonly oneRow: readonly number[];
    /** The sum along row m instead of down column m. */
    readonly rowSum: number;
    /** The mean of the column instead of its sum. */
    readonly mean: number;
  };
}

function biasGradient(dY: Matrix): Matrix {
  const layer = new Affine(Matrix.zeros(1, dY.cols), Matrix.zeros(1, dY.cols));
  layer.forward(Matrix.zeros(dY.rows, 1));
  layer.backward(dY);
  return layer.db!;
}

function make(draw: Draw): AffineDbProblem {
  const dY = draw.grid(N, M, -4, 5);
  const m = draw.int(0, M - 1);
  const db = biasGradient(Matrix.from(dY)).toArray()[0]!;
  const answer = db[m]!;
  return {
    dY,
    m,
    db,
    answer,
    mistakes: {
      oneRow: dY.map((row) => row[m]!),
      rowSum: dY[m]!.reduce((s, v) => s + v, 0),
      mean: answer / N,
    },
  };
}

export function dbMistakeValues(p: AffineDbProblem): number[] {
  const { oneRow, rowSum, mean } = p.mistakes;
  return [...oneRow, rowSum, mean];
}

function wellPosed(p: AffineDbProblem): boolean {
  return Math.abs(p.answer) >= 2 && dbMistakeValues(p).every((v) => clearlyApart(v, p.answer));
}

export function affineDbEntry(seed: number): AffineDbProblem {
  return firstWellPosed(seed, make, wellPosed, () => affineDbEntry(1));
}
