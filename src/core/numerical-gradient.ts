import { Matrix } from './matrix';

/**
 * The slope of `f` at `x` by central differences, (f(x + h) − f(x − h)) / 2h. Its error
 * shrinks like h², against h for the one-sided difference.
 */
export function numericalDerivative(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

/**
 * ∂f/∂x for every entry of x by central differences: two evaluations of f per entry, each
 * on a fresh copy of x with one entry nudged by ±h. `x` itself is never changed, so `f` may
 * keep what it is given (as a layer's `forward` does).
 */
export function numericalGradient(f: (x: Matrix) => number, x: Matrix, h = 1e-5): Matrix {
  return x.map((v, i, j) => (f(x.with(i, j, v + h)) - f(x.with(i, j, v - h))) / (2 * h));
}
