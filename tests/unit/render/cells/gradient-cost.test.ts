import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/input-error';
import { formatCount } from '../../../../src/render/html/number-html';
import { gradientCostCell } from '../../../../src/render/cells/gradient-cost';
import { t } from '../../../../src/messages';

describe('gradient-cost cell', () => {
  it('starts at the book network and counts 79,520 forward passes against 1 + 1', () => {
    const field = gradientCostCell.fields[0];
    expect(t(field!.label)).toBe('Number of parameters');
    expect(field).toMatchObject({
      name: 'parameters',
      label: 'cost.parameters',
      initial: 39_760,
    });
    const html = gradientCostCell.renderResult(
      gradientCostCell.compute({ parameters: 39_760 }),
      {},
    );
    expect(html.replace(/<\/?span>/g, '')).toContain('79,520</data> forward passes');
    expect(html.replace(/<\/?span>/g, '')).toContain(
      'backpropagation</th><td>1 forward + 1 backward pass</td>',
    );
  });

  it('refuses fractions, zero and absurd sizes with a message for the field', () => {
    for (const parameters of [0, -5, 2.5, 1e14]) {
      try {
        gradientCostCell.compute({ parameters });
        expect.unreachable(`accepted ${parameters}`);
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).field).toBe('parameters');
      }
    }
  });

  it('groups thousands the same way everywhere', () => {
    expect(formatCount(2_000_000)).toBe('2,000,000');
    expect(gradientCostCell.announce(gradientCostCell.compute({ parameters: 1_000_000 }))).toBe(
      '1,000,000 parameters: numerical gradient 2,000,000 forward passes; backpropagation 1 forward and 1 backward pass',
    );
  });
});
