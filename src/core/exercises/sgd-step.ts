/**
 * Exercises: one step of gradient descent on a single weight, plain (W ← W − η·dW) and with
 * momentum (v ← μ·v − η·dW, then W ← W + v), chapter 7. The book's `sgdStep` takes the step, on a
 * network whose every parameter is that one weight.
 */
import { Matrix } from '../matrix';
import type { NetworkParams } from '../random-network';
import { sgdStep } from '../net/sgd';
import { clearlyApart, firstWellPosed, type Draw } from './seeded-draw';

/** The same 1 × 1 value as every parameter of a network, so sgdStep can take it. */
const single = (v: number): NetworkParams => {
  const m = Matrix.from([[v]]);
  return { W1: m, b1: m, W2: m, b2: m };
};

/** The new weight (and velocity) after one `sgdStep`. */
function step(w: number, g: number, eta: number, mu = 0, v?: number) {
  const out = sgdStep(
    single(w),
    single(g),
    { learningRate: eta, momentum: mu },
    { velocity: v === undefined ? undefined : single(v) },
  );
  return { w: out.params.W1.get(0, 0), v: out.state.velocity?.W1.get(0, 0) };
}

const RATES = [0.01, 0.05, 0.1, 0.2, 0.5] as const;
const MOMENTA = [0.5, 0.8, 0.9] as const;

export interface SgdProblem {
  readonly w: number;
  /** dW, the weight's gradient. */
  readonly g: number;
  readonly eta: number;
  readonly answer: number;
  readonly mistakes: {
    /** W + η·dW: a step up the slope. */
    readonly uphill: number;
    /** W − dW: the learning rate forgotten. */
    readonly noRate: number;
    /** −η·dW: the change given instead of the new weight. */
    readonly change: number;
  };
}

function makeSgd(draw: Draw): SgdProblem {
  const w = draw.tenth(-2, 2);
  const g = draw.tenth(-3, 3);
  const eta = draw.pick(RATES);
  const answer = step(w, g, eta).w;
  return { w, g, eta, answer, mistakes: { uphill: w + eta * g, noRate: w - g, change: -eta * g } };
}

export interface MomentumProblem {
  readonly w: number;
  readonly g: number;
  readonly eta: number;
  readonly mu: number;
  /** The velocity the previous step left. */
  readonly v: number;
  /** The new velocity μ·v − η·dW. */
  readonly newV: number;
  readonly answer: number;
  readonly mistakes: {
    /** W − η·dW: the velocity ignored (plain SGD). */
    readonly noMomentum: number;
    /** W + v − η·dW: the old velocity not scaled by μ. */
    readonly unscaled: number;
    /** The new velocity given instead of the new weight. */
    readonly velocity: number;
    /** W + μ·v + η·dW: a step up the slope. */
    readonly uphill: number;
  };
}

function makeMomentum(draw: Draw): MomentumProblem {
  const w = draw.tenth(-2, 2);
  const g = draw.tenth(-3, 3);
  const v = draw.tenth(-1, 1);
  const eta = draw.pick(RATES);
  const mu = draw.pick(MOMENTA);
  const next = step(w, g, eta, mu, v);
  return {
    w,
    g,
    eta,
    mu,
    v,
    newV: next.v!,
    answer: next.w,
    mistakes: {
      noMomentum: w - eta * g,
      unscaled: w + v - eta * g,
      velocity: next.v!,
      uphill: w + mu * v + eta * g,
    },
  };
}

export const mistakeValues = (p: SgdProblem | MomentumProblem): number[] =>
  Object.values(p.mistakes);

function wellPosed(p: SgdProblem | MomentumProblem): boolean {
  return (
    p.w !== 0 &&
    p.g !== 0 &&
    Math.abs(p.answer) >= 0.01 &&
    mistakeValues(p).every((v) => clearlyApart(v, p.answer))
  );
}

export function sgdStepProblem(seed: number): SgdProblem {
  return firstWellPosed(seed, makeSgd, wellPosed, () => sgdStepProblem(1));
}

export function momentumStepProblem(seed: number): MomentumProblem {
  return firstWellPosed(
    seed,
    makeMomentum,
    (p) => p.v !== 0 && wellPosed(p),
    () => momentumStepProblem(1),
  );
}
