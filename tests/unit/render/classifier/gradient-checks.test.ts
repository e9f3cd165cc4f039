import { describe, expect, it } from 'vitest';
import { Matrix } from '../../../../src/core/index';
import { AFFINE_DEFAULTS, computeAffine } from '../../../../src/render/classifier/affine-result';
import { checkAffine, checkSoftmaxLoss } from '../../../../src/render/classifier/gradient-checks';
import { checkGroup } from '../../../../src/render/classifier/check-html';
import {
  computeSoftmaxLoss,
  SOFTMAX_DEFAULTS,
} from '../../../../src/render/classifier/softmax-loss-result';
import { affineCell } from '../../../../src/render/cells/affine';
import { softmaxLossSpec } from '../../../../src/render/cells/softmax-loss';
import { probabilityBarsSvg } from '../../../../src/render/plots/probability-bars';
import type { CellValues } from '../../../../src/render/kit/types';

const copy = (m: readonly (readonly number[])[]): number[][] => m.map((r) => [...r]);
const affineDefaults = (): CellValues => ({
  x: copy(AFFINE_DEFAULTS.x),
  w: copy(AFFINE_DEFAULTS.w),
  b: copy(AFFINE_DEFAULTS.b),
  dY: copy(AFFINE_DEFAULTS.dY),
});
const softmaxDefaults = (): CellValues => ({
  logits: copy(SOFTMAX_DEFAULTS.logits),
  labelFormat: 'onehot',
  oneHot: copy(SOFTMAX_DEFAULTS.oneHot),
  labels: copy(SOFTMAX_DEFAULTS.labels),
});
const [X, W, b, dY] = [AFFINE_DEFAULTS.x, AFFINE_DEFAULTS.w, AFFINE_DEFAULTS.b, AFFINE_DEFAULTS.dY]
  // Hand-worked: dX = dY·Wᵀ, dW = Xᵀ·dY, db = column sums of dY.
  .map((m) => Matrix.from(copy(m))) as [Matrix, Matrix, Matrix, Matrix];
const grads = {
  dX: Matrix.from([
    [14, 46],
    [32, 118],
  ]),
  dW: Matrix.from([
    [4, 5, 6],
    [4, 5, 6],
  ]),
  db: Matrix.from([[5, 7, 9]]),
};

describe('Affine gradient check', () => {
  it('agrees at the defaults for dX, dW and db, with tiny relative errors', () => {
    const rows = computeAffine(affineDefaults()).check;
    expect(rows.map((r) => [r.name, r.agree])).toEqual([
      ['X', true],
      ['W', true],
      ['b', true],
    ]);
    for (const r of rows) expect(r.error).toBeLessThan(1e-9);
  });

  it('the hand-worked gradients pass; a wrong dW (one entry off by 1) is caught, alone', () => {
    expect(checkAffine(X, W, b, dY, grads).every((r) => r.agree)).toBe(true);
    const wrong = checkAffine(X, W, b, dY, { ...grads, dW: grads.dW.with(0, 1, 6) });
    expect(wrong.map((r) => r.agree)).toEqual([true, false, true]);
    // ‖[0, 1, 0, …]‖ / (‖dW‖ + ‖dW′‖) = 1 / (√154 + √165) ≈ 0.0393
    expect(wrong[1]!.error).toBeCloseTo(1 / (Math.sqrt(154) + Math.sqrt(165)), 6);
    // db summed the wrong way round, [9, 7, 5]: caught too.
    const swapped = checkAffine(X, W, b, dY, { ...grads, db: Matrix.from([[9, 7, 5]]) });
    expect(swapped[2]!.agree).toBe(false);
  });

  it('never says agree when the loss overflows (error or estimate not finite)', () => {
    const huge = Matrix.from([
      [1e300, 1e300],
      [1e300, 1e300],
    ]);
    const rows = checkAffine(huge, huge, Matrix.from([[0, 0]]), huge, {
      dX: huge,
      dW: huge,
      db: huge.columnSums(),
    });
    expect(rows.some((r) => r.agree)).toBe(false);
    expect(rows.every((r) => r.unchecked)).toBe(true);
  });

  it('huge but finite inputs: rounding swamps the estimate, and the check says it can’t tell', () => {
    // X = 1e10: every estimate is mostly rounding noise; before, db showed error 0.11 and "agree".
    const x = Matrix.from([
      [1e10, 0],
      [1, 1],
    ]);
    const rows = checkAffine(x, W, b, dY, {
      dX: dY.dot(W.transpose()),
      dW: x.transpose().dot(dY),
      db: dY.columnSums(),
    });
    for (const r of rows) {
      expect(r.agree && r.error >= 1e-4, `${r.name}: ${r.error}`).toBe(false);
    }
    const html = checkGroup('c', [
      { name: 'b', error: 0.113, agree: false, unchecked: true },
      { name: 'X', error: Number.NaN, agree: false, unchecked: true },
    ]);
    expect(html).toContain('<td>can’t tell</td>');
    expect(html).toContain('<td>—</td>');
    expect(html).not.toContain('NaN');
    expect(html).toContain('for db, dX are mostly rounding');
  });

  it('renders a "Gradient check" group: a row per gradient with its error and verdict', () => {
    const html = affineCell.renderResult(computeAffine(affineDefaults()), affineDefaults());
    expect(html).toContain('Gradient check');
    expect(html).toContain('Backprop against central differences of L = Σ dY ⊙ Y (h = 1e-5)');
    for (const name of ['dX', 'dW', 'db']) {
      expect(html).toMatch(
        new RegExp(`<th scope="row">${name}</th><td><data[^]*?</td><td>agree</td>`),
      );
    }
    expect(html).toContain('Backprop and the central differences agree for every gradient.');
    const bad = checkGroup('c', [
      { name: 'W', error: 0.5, agree: false, unchecked: false },
      { name: 'b', error: 0, agree: true, unchecked: false },
    ]);
    expect(bad).toContain('<td>disagree</td>');
    expect(bad).toContain('disagree for dW.');
  });
});

describe('Softmax-with-Loss gradient check', () => {
  it('agrees at the defaults, in both label formats', () => {
    const r = computeSoftmaxLoss(softmaxDefaults());
    expect(r.check).toHaveLength(1);
    expect(r.check[0]!.name).toBe('x');
    expect(r.check[0]!.agree).toBe(true);
    expect(r.check[0]!.error).toBeLessThan(1e-8);
    const byIndex = computeSoftmaxLoss({ ...softmaxDefaults(), labelFormat: 'index' });
    expect(byIndex.check[0]!.agree).toBe(true);
  });

  it('catches a wrong dx: y − t without the 1/N, and the sign flipped', () => {
    const logits = Matrix.from(copy(SOFTMAX_DEFAULTS.logits));
    const t = Matrix.from(copy(SOFTMAX_DEFAULTS.oneHot));
    const dx = Matrix.from(computeSoftmaxLoss(softmaxDefaults()).dx);
    expect(checkSoftmaxLoss(logits, t, dx)[0]!.agree).toBe(true);
    const noMean = checkSoftmaxLoss(logits, t, dx.scale(2))[0]!;
    expect(noMean.agree).toBe(false);
    expect(noMean.error).toBeCloseTo(1 / 3, 6); // ‖2d − d‖ / (‖2d‖ + ‖d‖)
    expect(checkSoftmaxLoss(logits, t, dx.scale(-1))[0]!.agree).toBe(false);
  });

  it('still agrees with a logit of 1000 (the stable loss is finite)', () => {
    const values = softmaxDefaults();
    (values['logits'] as number[][])[0]![0] = 1000;
    expect(computeSoftmaxLoss(values).check[0]!.agree).toBe(true);
  });

  it('renders the check group with dx, its error and the verdict', () => {
    const spec = softmaxLossSpec(probabilityBarsSvg);
    const html = spec.renderResult(computeSoftmaxLoss(softmaxDefaults()), softmaxDefaults());
    expect(html).toContain('Gradient check');
    expect(html).toMatch(/<th scope="row">dx<\/th><td><data[^]*?<\/td><td>agree<\/td>/);
  });
});
