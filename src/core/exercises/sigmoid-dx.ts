/**
 * Chapter 5, sigmoid backward by hand: the layer saw x, returned y, and receives dout; dx is
 * dout · y(1 − y). The problem starts from a one-decimal y (so the product is workable by hand) and
 * sets x = ln(y / (1 − y)), the input that gives it; the book's Sigmoid computes y and dx from x.
 */
import { Matrix } from '../matrix';
import { picker, type Picker } from './pick';
import { Sigmoid } from '../sigmoid';
import { allDistinct, drawUntil, nonZeroInt } from './draw';

export interface SigmoidDxProblem {
  readonly x: number;
  /** σ(x), as the layer computed it (equal to a one-decimal value up to rounding). */
  readonly y: number;
  readonly dout: number;
  readonly dx: number;
}

/** 0.5 is left out: there y = 1 − y, and two mistakes (dropping y, dropping 1 − y) would look alike. */
const OUTPUTS = [0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9] as const;

function draw(pick: Picker): SigmoidDxProblem {
  const target = pick.one(OUTPUTS);
  const dout = nonZeroInt(pick, -5, 5);
  const x = Math.log(target / (1 - target));
  const layer = new Sigmoid();
  const y = layer.forward(Matrix.from([[x]])).get(0, 0);
  const dx = layer.backward(Matrix.from([[dout]])).get(0, 0);
  return { x, y, dout, dx };
}

/** The mistakes a hint names, by the number each gives. */
export function sigmoidDxMistakes(p: SigmoidDxProblem) {
  const { x, y, dout } = p;
  return {
    usedX: dout * x * (1 - x),
    noUpstream: y * (1 - y),
    forgotOneMinusY: dout * y,
    forgotY: dout * (1 - y),
  } as const;
}

/**
 * How near a wrong answer must be to the "used x" mistake to get its hint: looser than the
 * checker's 1e-3, because a reader works from x as printed, to four digits.
 */
export const USED_X_NEAR = 1e-2;

export function sigmoidDx(seed: number): SigmoidDxProblem {
  return drawUntil(picker(seed), draw, (p) => {
    const { usedX, ...others } = sigmoidDxMistakes(p);
    const apart = (v: number) => Math.abs(v - usedX) > 3 * USED_X_NEAR * Math.abs(usedX);
    return (
      allDistinct([p.dx, ...Object.values(others), usedX]) &&
      [p.dx, ...Object.values(others)].every(apart)
    );
  });
}
