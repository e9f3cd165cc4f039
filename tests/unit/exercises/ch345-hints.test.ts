/**
 * Each hint of the chapter 3–5 exercises fires for the mistake it names, over many seeds: the
 * number a reader gets by that mistake brings that hint, and no other.
 */
import { describe, expect, it } from 'vitest';
import { addNodeDxMistakes } from '../../../src/core/exercises/add-node-dx';
import { branchSumDxMistakes } from '../../../src/core/exercises/branch-sum-dx';
import { mulLayerDyMistakes } from '../../../src/core/exercises/mul-layer-dy';
import { mulNodeDxMistakes } from '../../../src/core/exercises/mul-node-dx';
import { orangeCountGradientMistakes } from '../../../src/core/exercises/orange-count-gradient';
import { reluDxEntryMistakes } from '../../../src/core/exercises/relu-dx-entry';
import { sigmoidDxMistakes } from '../../../src/core/exercises/sigmoid-dx';
import { squareOfSumMistakes } from '../../../src/core/exercises/square-of-sum';
import { t, type MessageKey } from '../../../src/messages';
import type { ExerciseSpec } from '../../../src/render/exercise/types';
import { html } from '../../../src/render/exercise/words';
import addNodeDx from '../../../src/render/exercises/add-node-dx';
import branchSumDx from '../../../src/render/exercises/branch-sum-dx';
import mulLayerDy from '../../../src/render/exercises/mul-layer-dy';
import mulNodeDx from '../../../src/render/exercises/mul-node-dx';
import orangeCountGradient from '../../../src/render/exercises/orange-count-gradient';
import reluDxEntry from '../../../src/render/exercises/relu-dx-entry';
import sigmoidDx from '../../../src/render/exercises/sigmoid-dx';
import squareOfSum from '../../../src/render/exercises/square-of-sum';

/** A hint without slots, by its key (the keys below all name plain strings). */
const plain = t as unknown as (key: MessageKey) => string;

const SEEDS = Array.from({ length: 300 }, (_, k) => k * 104729 + 11);

/** For each seed, every mistake's number gets the hint of that mistake's key. */
function expectHints<P>(
  spec: ExerciseSpec<P>,
  mistakes: (p: P) => Partial<Record<string, number>>,
  keys: Record<string, MessageKey>,
  seeds = SEEDS,
): void {
  let fired = 0;
  for (const seed of seeds) {
    const p = spec.generate(seed);
    for (const [mistake, value] of Object.entries(mistakes(p))) {
      if (value === undefined) continue;
      const key = keys[mistake];
      if (!key) throw new Error(`no hint key for ${mistake}`);
      expect(spec.hint(p, value), `${spec.kind} seed ${seed}: ${mistake} = ${value}`).toBe(
        html(plain(key)),
      );
      fired++;
    }
  }
  expect(fired).toBeGreaterThan(seeds.length);
}

describe('chapter 3 hints', () => {
  it('add node: the forward value, the multiply rule, the local derivative alone', () => {
    expectHints(addNodeDx, addNodeDxMistakes, {
      forward: 'ex.chain.addNode.hint.forward',
      multiply: 'ex.chain.addNode.hint.multiply',
      local: 'ex.chain.addNode.hint.local',
    });
  });
  it('multiply node: the unswapped input gets the "swap" hint', () => {
    expectHints(mulNodeDx, mulNodeDxMistakes, {
      unswapped: 'ex.chain.mulNode.hint.unswapped',
      noUpstream: 'ex.chain.mulNode.hint.noUpstream',
      forward: 'ex.chain.mulNode.hint.forward',
      addRule: 'ex.chain.mulNode.hint.addRule',
    });
  });
  it('(x + y)²: the value, t without the 2, 2x, 2 without t', () => {
    expectHints(squareOfSum, squareOfSumMistakes, {
      value: 'ex.chain.squareOfSum.hint.value',
      noTwo: 'ex.chain.squareOfSum.hint.noTwo',
      onlyX: 'ex.chain.squareOfSum.hint.onlyX',
      noT: 'ex.chain.squareOfSum.hint.noT',
    });
  });
  it('a value used twice: one path only, the product of the paths, the value', () => {
    expectHints(branchSumDx, branchSumDxMistakes, {
      onlyFirst: 'ex.chain.branchSum.hint.onePath',
      onlySecond: 'ex.chain.branchSum.hint.onePath',
      product: 'ex.chain.branchSum.hint.product',
      value: 'ex.chain.branchSum.hint.value',
    });
  });
});

describe('chapter 4 hints', () => {
  it('MulLayer dy: dx instead, x alone, the forward value', () => {
    expectHints(mulLayerDy, mulLayerDyMistakes, {
      firstOfPair: 'ex.layers.mulBackward.hint.firstOfPair',
      noUpstream: 'ex.layers.mulBackward.hint.noUpstream',
      forward: 'ex.layers.mulBackward.hint.forward',
    });
  });
  it('dOrange_num: the forgotten tax, the swapped gradient, the forward value', () => {
    // The tax hint names the tax: its words are checked through the spec's own call.
    for (const seed of SEEDS) {
      const p = orangeCountGradient.generate(seed);
      const m = orangeCountGradientMistakes(p);
      expect(orangeCountGradient.hint(p, m.noTax)).toBe(
        html(t('ex.layers.orangeCount.hint.noTax', { tax: String(p.purchase.tax) })),
      );
      expect(orangeCountGradient.hint(p, m.swapped)).toBe(
        html(t('ex.layers.orangeCount.hint.swapped')),
      );
      expect(orangeCountGradient.hint(p, m.forward)).toBe(
        html(t('ex.layers.orangeCount.hint.forward')),
      );
    }
  });
});

describe('chapter 5 hints', () => {
  it('ReLU entry: the mask ignored, an open gate shut, dout times x, half at the kink', () => {
    expectHints(reluDxEntry, reluDxEntryMistakes, {
      blockedOpen: 'ex.activation.relu.hint.blockedOpen',
      ignoredMask: 'ex.activation.relu.hint.ignoredMask',
      timesX: 'ex.activation.relu.hint.timesX',
      kinkHalf: 'ex.activation.relu.hint.kinkHalf',
    });
  });
  it('ReLU entry: the seeds reach both sides of the mask, and the kink at x = 0', () => {
    const asked = Array.from({ length: 3000 }, (_, s) => reluDxEntry.generate(s)).map(
      (p) => p.x[p.k]!,
    );
    expect(asked.some((x) => x > 0)).toBe(true);
    expect(asked.some((x) => x < 0)).toBe(true);
    expect(asked.some((x) => x === 0)).toBe(true);
  });
  it('sigmoid: x instead of y (even from x as printed), dout forgotten, a factor dropped', () => {
    expectHints(sigmoidDx, sigmoidDxMistakes, {
      usedX: 'ex.activation.sigmoid.hint.usedX',
      noUpstream: 'ex.activation.sigmoid.hint.noUpstream',
      forgotOneMinusY: 'ex.activation.sigmoid.hint.forgotOneMinusY',
      forgotY: 'ex.activation.sigmoid.hint.forgotY',
    });
    for (const seed of SEEDS) {
      const p = sigmoidDx.generate(seed);
      const printed = Number(p.x.toPrecision(4));
      expect(sigmoidDx.hint(p, p.dout * printed * (1 - printed))).toBe(
        html(t('ex.activation.sigmoid.hint.usedX')),
      );
    }
  });
});
