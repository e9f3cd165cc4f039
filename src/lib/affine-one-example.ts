/**
 * Chapter 6's single-example walk-through, computed by the book's own Affine layer at build time:
 * one 1 × 2 input through a 2 × 3 weight, forward and backward. The MDX shows these matrices and
 * a unit test checks them against hand-worked values, so prose and code cannot drift apart.
 */
import { Affine, Matrix } from '../core/index';
import { texMatrix } from './prose-values/math';

/** The inputs and every result of one Affine forward and backward pass. */
export interface OneExample {
  readonly x: Matrix;
  readonly W: Matrix;
  readonly b: Matrix;
  readonly y: Matrix;
  readonly dout: Matrix;
  readonly dx: Matrix;
  readonly dW: Matrix;
  readonly db: Matrix;
}

/** Runs the chapter's example: x = [1, 2], W = [[1, 2, 3], [4, 5, 6]], b = [1, 0, −1], dout = [1, 2, 0]. */
export function affineOneExample(): OneExample {
  const x = Matrix.row([1, 2]);
  const W = Matrix.from([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  const b = Matrix.row([1, 0, -1]);
  const dout = Matrix.row([1, 2, 0]);
  const layer = new Affine(W, b);
  const y = layer.forward(x);
  const dx = layer.backward(dout);
  return { x, W, b, y, dout, dx, dW: layer.dW!, db: layer.db! };
}

/** The forward pass, line by line, each matrix with its shape underneath. */
export function forwardTex(e: OneExample): string {
  const shaped = (m: Matrix) => `\\underbrace{${texMatrix(m)}}_{${m.rows} \\times ${m.cols}}`;
  const lines = [
    `y &= x \\cdot W + b`,
    `&= ${shaped(e.x)} \\cdot ${shaped(e.W)} + ${shaped(e.b)}`,
    `&= ${shaped(e.y)}`,
  ];
  return `\\begin{aligned} ${lines.join(' \\\\[0.4em] ')} \\end{aligned}`;
}

/** The backward pass, one line each: the upstream gradient and the three gradients from it. */
export function backwardTex(e: OneExample): string {
  const lines = [
    `\\mathrm{dout} &= ${texMatrix(e.dout)}`,
    `\\mathrm{d}x &= \\mathrm{dout} \\cdot W^{\\top} = ${texMatrix(e.dx)}`,
    `\\mathrm{d}W &= x^{\\top} \\cdot \\mathrm{dout} = ${texMatrix(e.dW)}`,
    `\\mathrm{d}b &= \\mathrm{dout} = ${texMatrix(e.db)}`,
  ];
  return `\\begin{aligned} ${lines.join(' \\\\[0.4em] ')} \\end{aligned}`;
}
