/**
 * The layer-level planted bugs of chapters 4–5: every one fails the gradient check of its layer
 * at every problem the exercises generate, while the book's own layer passes the same check; the
 * check flags the input whose line is wrong.
 */
import { describe, expect, it } from 'vitest';
import {
  checkFails,
  checkMulLayer,
  checkSigmoidLayer,
} from '../../../src/core/exercises/layer-check';
import {
  mulLayerBug,
  mulLayerBugCheck,
  plantedMulLayer,
} from '../../../src/core/exercises/mul-layer-bug';
import {
  plantedSigmoid,
  sigmoidBug,
  sigmoidBugCheck,
} from '../../../src/core/exercises/sigmoid-bug';
import { Matrix } from '../../../src/core/matrix';
import { MulLayer } from '../../../src/core/mul-layer';
import { CHECK_THRESHOLD } from '../../../src/core/net/network-check';
import { LAYER_BUGS, PLANTED_BUGS } from '../../../src/core/net/planted-bugs';
import { Sigmoid } from '../../../src/core/sigmoid';

const SEEDS = Array.from({ length: 1000 }, (_, k) => k * 31 + 5);

describe('layer-level planted bugs', () => {
  it('adds four layer bugs and leaves the network bugs as they were', () => {
    expect(LAYER_BUGS).toEqual([
      'mul-dx-unswapped',
      'mul-dy-unswapped',
      'sigmoid-uses-x',
      'sigmoid-forgot-y',
    ]);
    expect(PLANTED_BUGS).toEqual(['affine-transpose', 'relu-no-mask', 'softmax-no-mean']);
  });

  it('every MulLayer bug fails its check at every generated problem; MulLayer itself passes', () => {
    const seen = new Set<string>();
    for (const seed of SEEDS) {
      const p = mulLayerBug(seed);
      const check = mulLayerBugCheck(p);
      seen.add(p.bug);
      expect(checkFails(check), `seed ${seed}`).toBe(true);
      expect(checkFails(checkMulLayer(() => new MulLayer(), p.x, p.y, p.dout))).toBe(false);
      // Only the faulty input's row disagrees.
      const [x, y] = check.parameters;
      const wrongX = p.bug === 'mul-dx-unswapped';
      expect(x!.relativeError > CHECK_THRESHOLD).toBe(wrongX);
      expect(y!.relativeError > CHECK_THRESHOLD).toBe(!wrongX);
    }
    expect([...seen].sort()).toEqual(['mul-dx-unswapped', 'mul-dy-unswapped']);
  });

  it('an unswapped MulLayer hides when x = y, which is why the exercise never draws it', () => {
    const hidden = checkMulLayer(() => plantedMulLayer('mul-dx-unswapped'), 3, 3, 2);
    expect(checkFails(hidden)).toBe(false);
    expect(SEEDS.every((s) => mulLayerBug(s).x !== mulLayerBug(s).y)).toBe(true);
  });

  it('every Sigmoid bug fails its check at every generated problem; Sigmoid itself passes', () => {
    const seen = new Set<string>();
    for (const seed of SEEDS) {
      const p = sigmoidBug(seed);
      seen.add(p.bug);
      expect(checkFails(sigmoidBugCheck(p)), `seed ${seed}`).toBe(true);
      const right = checkSigmoidLayer(() => new Sigmoid(), Matrix.row(p.x), Matrix.row(p.dout));
      expect(right.maxRelativeError).toBeLessThan(1e-7);
    }
    expect([...seen].sort()).toEqual(['sigmoid-forgot-y', 'sigmoid-uses-x']);
  });

  it('the sigmoid bugs compute what their listings say', () => {
    const x = Matrix.row([-1, 0.5, 2]);
    const dout = Matrix.row([2, -1, 3]);
    const usesX = plantedSigmoid('sigmoid-uses-x');
    usesX.forward(x);
    expect(usesX.backward(dout).toArray()[0]).toEqual([2 * -1 * 2, -1 * 0.5 * 0.5, 3 * 2 * -1]);
    const forgotY = plantedSigmoid('sigmoid-forgot-y');
    const y = forgotY.forward(x).toArray()[0]!;
    expect(forgotY.backward(dout).toArray()[0]).toEqual(y.map((v, k) => [2, -1, 3][k]! * (1 - v)));
  });
});
