import { describe, expect, it } from 'vitest';
import {
  changedTexts,
  linkedTexts,
  linkUrl,
  MAX_LINK_LENGTH,
  readHash,
  readSegment,
  withSegment,
  writeSegment,
} from '../../../../src/render/kit/hash-state';
import { initialTexts } from '../../../../src/render/kit/field-text';
import type { FieldSpec } from '../../../../src/render/kit/types';
import affine from '../../../../src/render/cells/affine';

const fields: FieldSpec[] = [
  { kind: 'scalar', name: 'applePrice', label: 'graph.node.applePrice', initial: 100 },
  {
    kind: 'matrix',
    name: 'w',
    label: 'graph.field.x',
    initial: [[1, 2]],
    rows: [1, 3],
    cols: [1, 3],
  },
  {
    kind: 'choice',
    name: 'act',
    label: 'graph.field.y',
    initial: 'relu',
    options: [
      { value: 'relu', label: 'graph.op.add' },
      { value: 'sigmoid', label: 'graph.op.mul' },
    ],
  },
];

/** The segments of a hash that holds cell state (fails the test otherwise). */
function segments(hash: string): ReadonlyMap<string, string> {
  const state = readHash(hash);
  if (state.kind !== 'cells') throw new Error(`expected cell state, got ${state.kind}`);
  return state.segments;
}

describe('URL hash state', () => {
  it('round-trips scalars, matrices and choices', () => {
    const texts = {
      applePrice: '120',
      w: [
        ['1', '-2.5'],
        ['3e-3', '4'],
      ],
      act: 'sigmoid',
    };
    const seg = writeSegment('shopping', texts);
    expect(seg).toBe('shopping:applePrice=120&w=1,-2.5;3e-3,4&act=sigmoid');
    const read = readSegment(segments(`#${seg}`).get('shopping')!, fields);
    expect(read).toEqual({ ok: true, texts });
  });

  it('keeps several cells apart; the segment written goes first, the others stay', () => {
    const hash = '#a:applePrice=1/b:applePrice=2';
    expect([...segments(hash).keys()]).toEqual(['a', 'b']);
    expect(withSegment(hash, 'b', 'b:applePrice=5')).toBe('#b:applePrice=5/a:applePrice=1');
    expect(withSegment(hash, 'c', 'c:applePrice=5')).toBe(
      '#c:applePrice=5/a:applePrice=1/b:applePrice=2',
    );
    expect(withSegment(hash, 'b', undefined)).toBe('#a:applePrice=1');
    expect(withSegment('#a:applePrice=1', 'a', undefined)).toBe('');
  });

  it.each([
    ['an unknown field', 'nope=1', /unknown input/],
    ['a name without a value', 'applePrice', /unknown input/],
    // Named by the input's label, as the reader sees it, not by its name in the link.
    ['a bad number', 'applePrice=0x10', /“apple price”/],
    ['infinity', 'applePrice=1e309', /“apple price”/],
    ['a duplicate', 'applePrice=1&applePrice=2', /sets “apple price” twice/],
    ['a ragged matrix', 'w=1,2;3', /“x”/],
    ['a matrix too big', 'w=1,2,3,4', /“x”/],
    ['an unknown choice', 'act=tanh', /“y”/],
    ['markup', 'applePrice=%3Cimg%20src%3Dx%3E', /“apple price”/],
    ['broken escapes', 'applePrice=%E0%A4%A', /not valid URL text/],
  ])('refuses %s', (_what, segment, reason) => {
    const read = readSegment(segment, fields);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });

  it.each([
    ['a trailing “&”', 'applePrice=5&'],
    ['a leading “&”', '&applePrice=5'],
    ['doubled “&&”', 'applePrice=5&&act=sigmoid'],
  ])('accepts %s (empty pairs are skipped)', (_what, segment) => {
    const read = readSegment(segment, fields);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.texts['applePrice']).toBe('5');
  });

  it('reads an empty segment as the book’s values', () => {
    expect(readSegment('', fields)).toEqual({ ok: true, texts: {} });
    expect(segments('#shopping:').get('shopping')).toBe('');
  });

  it('tells plain anchors and no hash apart from cell state', () => {
    expect(readHash('').kind).toBe('none');
    expect(readHash('#').kind).toBe('none');
    expect(readHash('#section-2').kind).toBe('anchor');
    expect(readHash('#Bad<id>:x=1').kind).toBe('anchor');
    expect(readHash('#shopping:applePrice=5').kind).toBe('cells');
  });

  it('refuses a hash over the limit, naming the cells it would have set', () => {
    const huge = `#shopping:applePrice=${'1'.repeat(100_000)}/relu:x=1`;
    const state = readHash(huge);
    expect(state.kind).toBe('tooLong');
    if (state.kind !== 'tooLong') return;
    expect(state.length).toBe(huge.length - 1);
    expect([...state.ids]).toEqual(['shopping', 'relu']);
    // Right at the limit is still read.
    const edge = `#a:applePrice=${'1'.repeat(MAX_LINK_LENGTH - 'a:applePrice='.length)}`;
    expect(edge.length - 1).toBe(MAX_LINK_LENGTH);
    expect(readHash(edge).kind).toBe('cells');
    expect(readHash(`${edge}1`).kind).toBe('tooLong');
  });

  it('writes only the fields that differ from the book’s values', () => {
    const texts = {
      ...initialTexts(fields),
      applePrice: '100.0',
      act: 'sigmoid',
    };
    expect(changedTexts(fields, texts)).toEqual({ act: 'sigmoid' });
    expect(changedTexts(fields, initialTexts(fields))).toEqual({});
    const grown = { ...initialTexts(fields), w: [['1', '2', '0']] };
    expect(changedTexts(fields, grown)).toEqual({ w: [['1', '2', '0']] });
    const entry = { ...initialTexts(fields), w: [['1', '2.5']] };
    expect(changedTexts(fields, entry)).toEqual({ w: [['1', '2.5']] });
  });

  it('fills the fields a segment leaves out with the book’s values', () => {
    expect(linkedTexts(fields, { act: 'sigmoid' })).toEqual({
      applePrice: '100',
      w: [['1', '2']],
      act: 'sigmoid',
    });
  });

  it('refuses a link over 2000 characters rather than make one that would not open', () => {
    const page = 'https://example.org/chapters/affine-and-softmax/';
    const fits = `#a:x=${'1'.repeat(MAX_LINK_LENGTH - page.length - 5)}`;
    expect(linkUrl(page, fits)).toEqual({ ok: true, url: page + fits });
    const over = linkUrl(page, `${fits}1`);
    expect(over).toEqual({ ok: false, length: MAX_LINK_LENGTH + 1 });
    // Whatever fits in a link also fits in a hash the page reads back.
    expect(readHash(fits).kind).toBe('cells');
  });

  it('keeps shapes that don’t fit together as linked: the cell, not the link, judges them', () => {
    // X 2 × 3 with W 2 × 2: each matrix is valid alone, so the segment is read as it is, and the
    // Affine cell's own check (an InputError on W) reports the misfit.
    const read = readSegment('x=1,2,3;4,5,6&w=1,2;3,4', affine.fields);
    expect(read).toEqual({
      ok: true,
      texts: {
        x: [
          ['1', '2', '3'],
          ['4', '5', '6'],
        ],
        w: [
          ['1', '2'],
          ['3', '4'],
        ],
      },
    });
    const values = {
      x: [
        [1, 2, 3],
        [4, 5, 6],
      ],
      w: [
        [1, 2],
        [3, 4],
      ],
      b: [[1, 2, 3]],
      dY: [
        [1, 2, 3],
        [4, 5, 6],
      ],
    };
    expect(() => affine.compute(values)).toThrow(/2 × 2/);
  });
});
