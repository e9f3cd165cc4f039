import { describe, expect, it } from 'vitest';
import {
  hashSegments,
  readSegment,
  withSegment,
  writeSegment,
} from '../../../../src/render/kit/hash-state';
import type { FieldSpec } from '../../../../src/render/kit/types';

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
    const read = readSegment(hashSegments(`#${seg}`).get('shopping')!, fields);
    expect(read).toEqual({ ok: true, texts });
  });

  it('keeps several cells apart and replaces one without touching the others', () => {
    const hash = '#a:applePrice=1/b:applePrice=2';
    expect([...hashSegments(hash).keys()]).toEqual(['a', 'b']);
    expect(withSegment(hash, 'a', 'a:applePrice=5')).toBe('#b:applePrice=2/a:applePrice=5');
    expect(withSegment(hash, 'b', undefined)).toBe('#a:applePrice=1');
  });

  it.each([
    ['an unknown field', 'nope=1', /unknown input/],
    ['a bad number', 'applePrice=0x10', /applePrice/],
    ['infinity', 'applePrice=1e309', /applePrice/],
    ['a duplicate', 'applePrice=1&applePrice=2', /twice/],
    ['a ragged matrix', 'w=1,2;3', /“w”/],
    ['a matrix too big', 'w=1,2,3,4', /“w”/],
    ['an unknown choice', 'act=tanh', /“act”/],
    ['markup', 'applePrice=%3Cimg%20src%3Dx%3E', /applePrice/],
    ['broken escapes', 'applePrice=%E0%A4%A', /not valid URL text/],
  ])('refuses %s', (_what, segment, reason) => {
    const read = readSegment(segment, fields);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });

  it('ignores plain anchors and malformed cell ids', () => {
    expect(hashSegments('#section-2').size).toBe(0);
    expect(hashSegments('#Bad<id>:x=1').size).toBe(0);
  });
});
