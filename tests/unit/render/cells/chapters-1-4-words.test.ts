/**
 * The cells of chapters 1–4 (and the kit's matrix bench) take every word from the catalogue:
 * their fields name keys, and nothing they render shows a key instead of its words.
 */
import { describe, expect, it } from 'vitest';
import type { GradientTiming } from '../../../../src/render/timing/time-gradients';
import { en } from '../../../../src/messages/en/index';
import buyAppleOrange from '../../../../src/render/cells/buy-apple-orange';
import compositeChain from '../../../../src/render/cells/composite-chain';
import gradientCost from '../../../../src/render/cells/gradient-cost';
import kitMatrix from '../../../../src/render/cells/kit-matrix';
import shopping from '../../../../src/render/cells/shopping';
import sigmoidGraph from '../../../../src/render/cells/sigmoid-graph';
import type { CellSpec, CellValues } from '../../../../src/render/kit/types';
import {
  timingAnnouncement,
  timingResultHtml,
} from '../../../../src/render/timing/gradient-timing-result';

const specs = [
  shopping,
  buyAppleOrange,
  compositeChain,
  gradientCost,
  kitMatrix,
  sigmoidGraph,
] as CellSpec[];
const keys = Object.keys(en);
const leakedKeys = (text: string): string[] => keys.filter((key) => text.includes(key));
const initial = (spec: CellSpec): CellValues =>
  Object.fromEntries(spec.fields.map((f) => [f.name, f.initial as CellValues[string]]));

describe.each(specs.map((spec) => [spec.kind, spec] as const))('%s', (_, spec) => {
  it('labels its fields and options with catalogue keys', () => {
    for (const field of spec.fields) {
      expect(keys).toContain(field.label);
      if (field.kind === 'choice') {
        for (const option of field.options) expect(keys).toContain(option.label);
      }
    }
  });

  it('renders words, never keys', () => {
    const values = initial(spec);
    const result = spec.compute(values);
    const text =
      spec.renderResult(result, values) +
      spec.announce(result) +
      JSON.stringify(spec.graph?.(result) ?? null);
    expect(leakedKeys(text)).toEqual([]);
  });
});

describe('the words themselves', () => {
  it('are the same as before the catalogue', () => {
    const r = shopping.compute(initial(shopping));
    expect(shopping.announce(r)).toBe(
      'Payment 715. Gradients: apple price 2.2, apples 110, orange price 3.3, oranges 165, tax 650.',
    );
    expect(shopping.renderResult(r, {})).toContain(
      'Backward: how much the payment changes per unit of each input',
    );
    expect(shopping.renderResult(r, {})).toContain('∂payment/∂apple price');
    const run = buyAppleOrange.renderResult(buyAppleOrange.compute(initial(buyAppleOrange)), {});
    expect(run).toContain('aria-label="Run output of buyAppleOrange"');
    expect(run).toContain('<caption>Out: what <code>buyAppleOrange</code> returns</caption>');
    expect(run).toContain('∂payment/∂number of oranges');
    expect(gradientCost.renderResult(gradientCost.compute({ parameters: 10 }), {})).toContain(
      '<td><data value="20">20</data> <span>forward passes</span></td>',
    );
    expect(gradientCost.renderResult(gradientCost.compute({ parameters: 10 }), {})).toContain(
      '<td>1 <span>forward +</span> 1 <span>backward pass</span></td>',
    );
    expect(() => kitMatrix.compute({ ...initial(kitMatrix), x: [[1, 2]] })).toThrow(
      'X is 1 × 2 but W is 8 × 8; they must match.',
    );
    const view = compositeChain.graph!(compositeChain.compute({ x: 2 }));
    expect(view.steps.map((s) => s.product)).toEqual([
      'to u: 1 × 75 = 75',
      'to t: 75 × 1 = 75',
      'to x: 75 × 4 = 300',
    ]);
  });

  it('in the timing panel too', () => {
    const timing = {
      shape: { inputs: 4, hidden: 16, classes: 3, batch: 8 },
      parameters: 131,
      numericalMs: 38.9234,
      backpropMs: 0.26671,
      ratio: 145.9,
      relativeError: 5.35e-11,
    } as unknown as GradientTiming;
    const text = timingResultHtml(timing) + timingAnnouncement(timing);
    expect(leakedKeys(text)).toEqual([]);
    expect(text).toContain('Measured in this browser on a 4 → 16 → 3 network');
  });
});
