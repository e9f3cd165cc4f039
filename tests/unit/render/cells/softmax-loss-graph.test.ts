import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/input-error';
import cell from '../../../../src/render/cells/softmax-loss-graph';
import { renderCell } from '../../../../src/render/kit/render-cell';
import { layout } from '../../../../src/render/graph/layout';
import { t } from '../../../../src/messages';

const defaults = { a0: 0.3, a1: 2.9, a2: 4, trueClass: '2' };

describe('softmax-loss-graph cell', () => {
  it('reaches y − t through the primitives for every true class', () => {
    for (const trueClass of ['0', '1', '2']) {
      const r = cell.compute({ ...defaults, trueClass });
      ['a0', 'a1', 'a2'].forEach((a, k) => {
        expect(Math.abs(r.g.grad(a) - r.yMinusT[k]!)).toBeLessThan(1e-15);
      });
      expect(r.yMinusT[Number(trueClass)]).toBeLessThan(0);
    }
  });

  it('shows y, t, the graph gradient, y − t and a zero-size difference at build time', () => {
    const html = cell.renderResult(cell.compute(defaults), defaults);
    expect(html).toContain('<th scope="col">yₖ − tₖ</th>');
    expect(html).toContain('∂L/∂aₖ via graph');
    // Last row, class 2: y₂ ≈ 0.7366, t₂ = 1, both gradients ≈ −0.2634.
    expect(html).toMatch(/a₂<\/th><td>[^]*?>0\.7366<[^]*?>1<[^]*?>-0\.2634<[^]*?>-0\.2634</);
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  it('refuses logits beyond ±100 beside the field, never NaN', () => {
    expect(() => cell.compute({ ...defaults, a1: 1000 })).toThrow(InputError);
    try {
      cell.compute({ ...defaults, a1: -101 });
    } catch (e) {
      expect((e as InputError).field).toBe('a1');
      expect((e as Error).message).toContain('between −100 and 100');
    }
    const r = cell.compute({ a0: 100, a1: -100, a2: 100, trueClass: '1' });
    expect(cell.renderResult(r, defaults)).not.toMatch(/NaN|Infinity/);
  });

  it('lays the three classes out two rows apart, nothing overlapping', () => {
    const rendered = renderCell(cell, defaults, 'sl', 'Softmax');
    const { at } = layout(rendered.graph!.view);
    const points = [...at.values()];
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) {
        const d = Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y);
        expect(d).toBeGreaterThan(50);
      }
    expect(at.get('y0')!.y).toBeLessThan(at.get('y1')!.y);
    expect(rendered.graph!.svg()).toContain('÷');
  });

  it('counts classes from 0, as the index labels do: a₀ a₁ a₂, class 0, 1, 2', () => {
    const html = cell.renderResult(cell.compute(defaults), defaults);
    expect(html).toMatch(/a₀<\/th>[^]*a₁<\/th>[^]*a₂<\/th>/);
    expect(html).not.toContain('a₃');
    const choice = cell.fields.find((f) => f.name === 'trueClass')!;
    expect(choice.kind === 'choice' && choice.options.map((o) => t(o.label))).toEqual([
      'class 0: t = (1, 0, 0)',
      'class 1: t = (0, 1, 0)',
      'class 2: t = (0, 0, 1)',
    ]);
  });

  it('draws its nine columns 108 px apart, so the figure fits a desktop at full legibility', () => {
    const rendered = renderCell(cell, defaults, 'sl', 'Softmax');
    // 894 px of room at 1280 px wide; labels drawn at 12 px may scale to 11 px (× 11/12).
    expect(layout(rendered.graph!.view).width * (11 / 12)).toBeLessThanOrEqual(894);
  });
});
