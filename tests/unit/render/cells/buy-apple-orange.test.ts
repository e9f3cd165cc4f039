import { describe, expect, it } from 'vitest';
import { buyAppleOrangeCell } from '../../../../src/render/cells/buy-apple-orange';
import { t } from '../../../../src/messages';
import type { CellValues } from '../../../../src/render/kit/types';

const initial = (): CellValues =>
  Object.fromEntries(
    buyAppleOrangeCell.fields.map((f) => [f.name, f.kind === 'scalar' ? f.initial : 0]),
  );

/** The cells of the output row for `name`, as text with tags stripped. */
function row(html: string, name: string): string[] {
  const tr = html.split('<tr>').find((r) => r.includes(`<code>${name}</code>`));
  if (!tr) throw new Error(`no row for ${name}`);
  return [...tr.matchAll(/<td>(.*?)<\/td>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));
}

describe('buy-apple-orange cell', () => {
  it('labels its inputs as the chapter text does', () => {
    expect(buyAppleOrangeCell.fields.map((f) => t(f.label))).toEqual([
      'Apple price',
      'Number of apples',
      'Orange price',
      'Number of oranges',
      'Tax',
    ]);
  });

  it('prints every value rounded, exact and truncated at the book values', () => {
    const html = buyAppleOrangeCell.renderResult(buyAppleOrangeCell.compute(initial()), initial());
    expect(row(html, 'price')).toEqual(['715', '715.0000000000001', '715']);
    expect(row(html, 'dApple')).toEqual(['2.2', '2.2', '2']);
    expect(row(html, 'dApple_num')).toEqual(['110', '110.00000000000001', '110']);
    expect(row(html, 'dOrange')).toEqual(['3.3', '3.3000000000000003', '3']);
    expect(row(html, 'dOrange_num')).toEqual(['165', '165', '165']);
    expect(row(html, 'dTax')).toEqual(['650', '650', '650']);
  });

  it('shows the truncation trap at tax 1.15', () => {
    const values = { ...initial(), tax: 1.15 };
    const html = buyAppleOrangeCell.renderResult(buyAppleOrangeCell.compute(values), values);
    expect(row(html, 'price')).toEqual(['747.5', '747.4999999999999', '747']);
    expect(row(html, 'dApple_num')).toEqual(['115', '114.99999999999999', '114']);
  });

  it('announces the payment and all five gradients', () => {
    const values = { ...initial(), applePrice: 120 };
    const text = buyAppleOrangeCell.announce(buyAppleOrangeCell.compute(values));
    expect(text).toBe(
      'Payment 759; dApple 2.2, dApple_num 132, dOrange 3.3, dOrange_num 165, dTax 690',
    );
  });

  it('groups forward and backward rows under their own headings', () => {
    const html = buyAppleOrangeCell.renderResult(buyAppleOrangeCell.compute(initial()), initial());
    expect(html).toMatch(/run-output__forward.*forward.*price.*run-output__backward.*backward/s);
  });
});
