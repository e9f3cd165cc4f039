import { describe, expect, it } from 'vitest';
import { initial, leaked, render } from '../../messages/leaks';
import reluSpec from '../../../../src/render/cells/relu';
import sigmoidSpec from '../../../../src/render/cells/sigmoid';
import { verdict } from '../../../../src/render/activation/gradient-check';
import { activationPlotSvg } from '../../../../src/render/plots/activation-svg';
import {
  ACTIVATION_PLOTS,
  type ActivationPlotId,
} from '../../../../src/render/plots/activation-plots';
import type { CellSpec } from '../../../../src/render/kit/types';

describe('chapter 5 cells and plots show words, not catalogue keys', () => {
  it.each([
    ['relu', reluSpec as CellSpec<unknown>, {}],
    ['relu on the kink', reluSpec as CellSpec<unknown>, { x: [[0, 1]], dout: [[1, 1]] }],
    ['sigmoid', sigmoidSpec as CellSpec<unknown>, {}],
    ['sigmoid overflowing', sigmoidSpec as CellSpec<unknown>, { x: -800 }],
  ])('%s', (_, spec, over) => {
    const html = render(spec, { ...initial(spec), ...over });
    expect(html).toContain('Gradient check');
    expect(leaked(html)).toEqual([]);
  });

  it('the ReLU shape error and the verdicts', () => {
    expect(() => reluSpec.compute({ x: [[1, 2]], dout: [[1]] })).toThrow(
      'dout is (1 × 1) but x is (1 × 2): the upstream gradient needs one entry per entry of x.',
    );
    expect(verdict('disagree', 1)).toContain('They disagree at the entry on the kink');
    expect(verdict('disagree', 2)).toContain('They disagree at the 2 entries on the kink');
    expect(leaked(verdict('agree', 0) + verdict('disagree', 0) + verdict('unchecked', 0))).toEqual(
      [],
    );
  });

  it.each(Object.keys(ACTIVATION_PLOTS) as ActivationPlotId[])('plot %s', (id) => {
    const svg = activationPlotSvg(id, [1, -2]);
    expect(svg).toContain('Markers at x = 1');
    expect(leaked(svg)).toEqual([]);
  });
});
