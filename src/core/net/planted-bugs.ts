/**
 * Three classic backprop bugs, planted on purpose so the gradient check can catch them (the
 * chapter's "break it" switch, and the exercises). Each is one wrong line in a copy of a layer.
 */
import { Affine } from '../affine';
import type { Matrix } from '../matrix';
import { MulLayer } from '../mul-layer';
import type { NetworkParams } from '../random-network';
import { Relu } from '../relu';
import { saved } from '../saved';
import { Sigmoid } from '../sigmoid';
import { SoftmaxWithLoss } from '../softmax-with-loss';
import { backprop, type Targets, type TwoLayerNet } from './two-layer-net';

export const PLANTED_BUGS = ['affine-transpose', 'relu-no-mask', 'softmax-no-mean'] as const;
export type PlantedBug = (typeof PLANTED_BUGS)[number];

/**
 * Affine's backward with the transpose forgotten: dx = dout · W instead of dout · Wᵀ.
 * dout is N × M and W is D × M, so the product exists only when D = M. The check's W1 is
 * 64 × 10, so the first layer's backward stops with a shape error. Had every W been square,
 * the shapes would fit, the values would be silently wrong (in W1 and b1, upstream of the
 * second layer's dx), and only the numbers of the gradient check would catch it.
 */
class AffineForgotTranspose extends Affine {
  override backward(dout: Matrix): Matrix {
    super.backward(dout); // dW and db are still right
    return dout.dot(this.W); // the bug: should be dout · Wᵀ
  }
}

/**
 * ReLU's backward that forgets its mask: the gradient flows back even through units that were
 * off (x ≤ 0) and so did not affect the loss. W1 and b1 get gradient they never earned.
 */
class ReluForgotMask extends Relu {
  override backward(dout: Matrix): Matrix {
    return dout; // the bug: should be 0 where the mask is 1
  }
}

/**
 * Softmax-with-Loss without the 1/N: the loss is the batch mean, but the gradient is that of
 * the sum. Every gradient comes out N times too big: relative error (N − 1)/(N + 1), 0.5 at N = 3.
 * With N = 1 the bug is invisible, which is why the check uses a batch.
 */
class SoftmaxForgotMean extends SoftmaxWithLoss {
  override backward(dout = 1): Matrix {
    return super.backward(dout).scale(this.y!.rows); // the bug: undoes the / N
  }
}

// ---- Layer-level bugs for the exercises of chapters 4 and 5 (issue 16). Each is one wrong line
// in a copy of a single layer, caught by a gradient check of that layer alone
// (src/core/exercises/layer-check.ts), not of the whole network.

/** The layer bugs the find-the-bug exercises plant, one wrong line each. */
export const LAYER_BUGS = [
  'mul-dx-unswapped',
  'mul-dy-unswapped',
  'sigmoid-uses-x',
  'sigmoid-forgot-y',
] as const;
export type LayerBug = (typeof LAYER_BUGS)[number];

/**
 * MulLayer with one gradient not swapped: dx = dout · x (or dy = dout · y), the input's own value
 * where the other input belongs. When x = y the swap makes no difference, so the bug hides there.
 */
export class MulLayerUnswapped extends MulLayer {
  private seen: readonly [number, number] | undefined;

  constructor(private readonly which: 'dx' | 'dy') {
    super();
  }

  override forward(x: number, y: number): number {
    this.seen = [x, y];
    return super.forward(x, y);
  }

  override backward(dout: number): [dx: number, dy: number] {
    const [x, y] = saved(this.seen, 'MulLayer');
    const dx = this.which === 'dx' ? dout * x : dout * y; // the bug (dx): should be dout · y
    const dy = this.which === 'dy' ? dout * y : dout * x; // the bug (dy): should be dout · x
    return [dx, dy];
  }
}

/**
 * Sigmoid's backward with x where y belongs: dout · x(1 − x). It keeps its input for the purpose,
 * which the right layer never needs to.
 */
export class SigmoidUsesInput extends Sigmoid {
  private input: Matrix | undefined;

  override forward(x: Matrix): Matrix {
    this.input = x;
    return super.forward(x);
  }

  override backward(dout: Matrix): Matrix {
    const y = saved(this.input, 'Sigmoid'); // the bug: should be this.out
    return dout.zip(y, (d, v) => d * v * (1 - v), 'Sigmoid.backward');
  }
}

/** Sigmoid's backward with the factor y dropped: dout · (1 − y) instead of dout · y(1 − y). */
export class SigmoidForgotY extends Sigmoid {
  override backward(dout: Matrix): Matrix {
    const y = saved(this.out, 'Sigmoid');
    return dout.zip(y, (d, v) => d * (1 - v), 'Sigmoid.backward'); // the bug: should be d · v(1 − v)
  }
}

// ---- End of the layer-level bugs.

/** The network's gradient by backprop through layers with `bug` planted; may throw a ShapeError. */
export function buggyGradient(
  net: TwoLayerNet,
  x: Matrix,
  t: Targets,
  bug: PlantedBug,
): NetworkParams {
  const { W1, b1, W2, b2 } = net.params;
  const affine = (W: Matrix, b: Matrix) =>
    bug === 'affine-transpose' ? new AffineForgotTranspose(W, b) : new Affine(W, b);
  const relu = bug === 'relu-no-mask' ? new ReluForgotMask() : new Relu();
  const loss = bug === 'softmax-no-mean' ? new SoftmaxForgotMean() : new SoftmaxWithLoss();
  return backprop([affine(W1, b1), relu, affine(W2, b2)], loss, x, t);
}

// ---------------------------------------------------------------------------------------------
// Layer-level bugs for chapter 6's "find the bug" exercise (issue 16, part E3). Each is one wrong
// line in a copy of Affine or Softmax-with-Loss, caught by a gradient check of that layer alone
// (src/core/exercises/layer-bug.ts). None mutates dout, which a gradient check could not catch.
// ---------------------------------------------------------------------------------------------

export const AFFINE_SOFTMAX_BUGS = [
  'affine-dx-no-transpose',
  'affine-dw-swapped',
  'affine-db-mean',
  'softmax-no-mean',
  'softmax-sign',
] as const;
export type AffineSoftmaxBug = (typeof AFFINE_SOFTMAX_BUGS)[number];

/** The layer a bug is planted in. */
export const layerOf = (bug: AffineSoftmaxBug): 'affine' | 'softmax' =>
  bug.startsWith('affine') ? 'affine' : 'softmax';

/**
 * Affine's dW as doutᵀ · x instead of xᵀ · dout: the transpose of the right matrix, so with a
 * square W the shapes fit and only the values are wrong. (x is private to Affine; transposing
 * the right dW gives exactly doutᵀ · x.)
 */
class AffineSwappedWeightGradient extends Affine {
  override backward(dout: Matrix): Matrix {
    const dx = super.backward(dout);
    this.dW = this.dW!.transpose(); // the bug: should be xᵀ · dout
    return dx;
  }
}

/** Affine's db as the mean of dY's columns instead of their sum: N times too small. */
class AffineMeanBiasGradient extends Affine {
  override backward(dout: Matrix): Matrix {
    const dx = super.backward(dout);
    this.db = this.db!.scale(1 / dout.rows); // the bug: the bias was used N times, sum them
    return dx;
  }
}

/** Softmax-with-Loss sending back (t − y)/N: the right size, the wrong sign. */
class SoftmaxFlippedSign extends SoftmaxWithLoss {
  override backward(dout = 1): Matrix {
    return super.backward(dout).scale(-1); // the bug: t − y instead of y − t
  }
}

/** An Affine layer with `bug` planted (a correct one for a softmax bug or none). */
export function plantedAffine(bug: AffineSoftmaxBug | undefined, W: Matrix, b: Matrix): Affine {
  if (bug === 'affine-dx-no-transpose') return new AffineForgotTranspose(W, b);
  if (bug === 'affine-dw-swapped') return new AffineSwappedWeightGradient(W, b);
  if (bug === 'affine-db-mean') return new AffineMeanBiasGradient(W, b);
  return new Affine(W, b);
}

/** A Softmax-with-Loss layer with `bug` planted (a correct one for an Affine bug or none). */
export function plantedSoftmaxWithLoss(bug: AffineSoftmaxBug | undefined): SoftmaxWithLoss {
  if (bug === 'softmax-no-mean') return new SoftmaxForgotMean();
  if (bug === 'softmax-sign') return new SoftmaxFlippedSign();
  return new SoftmaxWithLoss();
}
