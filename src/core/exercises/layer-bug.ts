/**
 * Exercise: a layer of chapter 6 (Affine or Softmax-with-Loss) with one planted bug, found by a
 * gradient check of that layer alone (the book's `gradientCheck`, central differences). The
 * problem is well posed only when the check blames exactly one gradient: the faulty line's.
 */
import { Affine } from '../affine';
import { gradientCheck, type GradientCheckReport } from '../gradient-check';
import { Matrix } from '../matrix';
import { relativeError } from '../relative-error';
import {
  AFFINE_SOFTMAX_BUGS,
  layerOf,
  plantedAffine,
  plantedSoftmaxWithLoss,
  type AffineSoftmaxBug,
} from '../net/planted-bugs';
import { SoftmaxWithLoss } from '../softmax-with-loss';
import { firstWellPosed, seededDraw, type Draw } from './seeded-draw';

export type LayerBugProblem =
  | {
      readonly bug: AffineSoftmaxBug;
      readonly layer: 'affine';
      /** X (N × D), a square W (D × D) so every wrong transpose still fits, b, and dY. */
      readonly X: Matrix;
      readonly W: Matrix;
      readonly b: Matrix;
      readonly dY: Matrix;
    }
  | {
      readonly bug: AffineSoftmaxBug;
      readonly layer: 'softmax';
      /** N rows of 3 logits and their true classes. */
      readonly x: Matrix;
      readonly labels: readonly number[];
    };

/** The bug must move its gradient this far (relative error), far above the check's 1e-4. */
const BLAMED = 1e-2;

/**
 * The layer's gradients with the bug planted against central differences: dX, dW, db of an
 * Affine layer under L = Σ dY ⊙ Y (as the chapter's Affine cell checks it), or dx of
 * Softmax-with-Loss under its mean cross-entropy.
 */
export function checkLayer(p: LayerBugProblem): GradientCheckReport {
  if (p.layer === 'affine') {
    const layer = plantedAffine(p.bug, p.W, p.b);
    layer.forward(p.X);
    const dX = layer.backward(p.dY);
    const lossAt = (q: Readonly<Record<string, Matrix>>): number =>
      new Affine(q.W!, q.b!).forward(q.X!).mul(p.dY).sum();
    return gradientCheck(lossAt, { X: p.X, W: p.W, b: p.b }, { X: dX, W: layer.dW!, b: layer.db! });
  }
  const layer = plantedSoftmaxWithLoss(p.bug);
  layer.forward(p.x, p.labels);
  const dx = layer.backward(1);
  const lossAt = (q: Readonly<Record<string, Matrix>>): number =>
    new SoftmaxWithLoss().forward(q.x!, p.labels);
  return gradientCheck(lossAt, { x: p.x }, { x: dx });
}

/** The parameter whose gradient the bug spoils. */
export function blamedParameter(bug: AffineSoftmaxBug): 'X' | 'W' | 'b' | 'x' {
  if (bug === 'affine-dx-no-transpose') return 'X';
  if (bug === 'affine-dw-swapped') return 'W';
  if (bug === 'affine-db-mean') return 'b';
  return 'x';
}

function make(bug: AffineSoftmaxBug, draw: Draw): LayerBugProblem {
  const n = draw.int(2, 3);
  if (layerOf(bug) === 'affine') {
    return {
      bug,
      layer: 'affine',
      X: Matrix.from(draw.grid(n, 2, -3, 3)),
      W: Matrix.from(draw.grid(2, 2, -3, 3)),
      b: Matrix.from(draw.grid(1, 2, -3, 3)),
      dY: Matrix.from(draw.grid(n, 2, -3, 3)),
    };
  }
  const x = Matrix.build(n, 3, () => draw.tenth(-2, 2));
  return { bug, layer: 'softmax', x, labels: Array.from({ length: n }, () => draw.int(0, 2)) };
}

/**
 * The layer's gradients with and without the bug, by backprop alone (cheap: no central
 * differences), by the parameter they belong to.
 */
function backpropBothWays(p: LayerBugProblem): { name: string; planted: Matrix; right: Matrix }[] {
  if (p.layer === 'affine') {
    const run = (layer: Affine) => {
      layer.forward(p.X);
      return { X: layer.backward(p.dY), W: layer.dW!, b: layer.db! };
    };
    const planted = run(plantedAffine(p.bug, p.W, p.b));
    const right = run(new Affine(p.W, p.b));
    return (['X', 'W', 'b'] as const).map((name) => ({
      name,
      planted: planted[name],
      right: right[name],
    }));
  }
  const run = (layer: SoftmaxWithLoss) => {
    layer.forward(p.x, p.labels);
    return layer.backward(1);
  };
  return [
    { name: 'x', planted: run(plantedSoftmaxWithLoss(p.bug)), right: run(new SoftmaxWithLoss()) },
  ];
}

/**
 * Only the bug's gradient differs from the correct layer's, and clearly (a symmetric W would
 * hide a missing transpose), and no gradient is all zeros. Backprop against backprop, so a generator can afford it; the unit
 * test confirms over 1 000 seeds that the gradient check then blames exactly that gradient.
 */
function onlyTheBugDiffers(p: LayerBugProblem): boolean {
  const blamed = blamedParameter(p.bug);
  return backpropBothWays(p).every(
    ({ name, planted, right }) =>
      // An all-zero gradient would meet central differences' rounding noise (1e-11): relative
      // error 1, "disagrees" for a correct line. Every gradient has a nonzero entry.
      right
        .toArray()
        .flat()
        .some((v) => v !== 0) &&
      (name === blamed
        ? relativeError(planted, right) > BLAMED
        : relativeError(planted, right) === 0),
  );
}

/** The seed picks the bug first, so each bug comes up as often, then numbers the check can blame. */
export function layerBug(seed: number): LayerBugProblem {
  const bug = seededDraw(seed).pick(AFFINE_SOFTMAX_BUGS);
  return firstWellPosed(
    seed,
    (draw) => make(bug, draw),
    onlyTheBugDiffers,
    // Seed 1's first draw is well posed for every bug (tested).
    () => make(bug, seededDraw(1)),
  );
}
