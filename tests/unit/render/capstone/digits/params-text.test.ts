import { describe, expect, it } from 'vitest';
import { Matrix } from '../../../../../src/core/matrix';
import { mulberry32 } from '../../../../../src/core/random';
import { decodeParams, encodeParams } from '../../../../../src/render/capstone/digits/params-text';
import { paramsFromPlain } from '../../../../../src/render/capstone/digits/plain-params';

function params(d: number, h: number, c: number, seed = 7) {
  const r = mulberry32(seed);
  const g = (rows: number, cols: number) => Matrix.build(rows, cols, () => r() * 2 - 1);
  return { W1: g(d, h), b1: g(1, h), W2: g(h, c), b2: g(1, c) };
}

describe('parameters as page text', () => {
  it('round-trips within 1/9999 of each matrix’s largest entry, keeping shapes', () => {
    const p = params(64, 50, 10);
    const back = decodeParams(encodeParams(p));
    expect(back).toBeDefined();
    for (const name of ['W1', 'b1', 'W2', 'b2'] as const) {
      const a = p[name].toArray().flat();
      const b = back![name].toArray().flat();
      expect(back![name].shape).toBe(p[name].shape);
      const largest = Math.max(...a.map(Math.abs));
      a.forEach((v, i) =>
        expect(Math.abs(v - b[i]!)).toBeLessThanOrEqual(largest / 9999 / 2 + 1e-15),
      );
    }
  });

  it('is compact: a 64–50–10 net in under 25 kB', () => {
    expect(encodeParams(params(64, 50, 10)).length).toBeLessThan(25_000);
  });

  it('decodes its own output to the same text again (the page computes from the decoded net)', () => {
    const once = decodeParams(encodeParams(params(4, 3, 2)))!;
    expect(encodeParams(decodeParams(encodeParams(once))!)).toBe(encodeParams(once));
  });

  it('refuses text that is not a two-layer net', () => {
    const good = encodeParams(params(4, 3, 2));
    const lines = good.split('\n');
    expect(decodeParams('')).toBeUndefined();
    expect(decodeParams('junk')).toBeUndefined();
    expect(decodeParams(lines.slice(0, 3).join('\n'))).toBeUndefined();
    expect(decodeParams([lines[0], lines[3], lines[2], lines[1]].join('\n'))).toBeUndefined();
    expect(decodeParams(good.replace(/,/, ',x'))).toBeUndefined();
    expect(decodeParams(good.replace(/^4 3 /, '4 3 Infinity'))).toBeUndefined();
  });
});

describe('parameters from the trainer event', () => {
  it('takes plain arrays (a bias as one row or a 1 × M array) and Matrices', () => {
    const p = params(4, 3, 2);
    const plain = {
      W1: p.W1.toArray(),
      b1: p.b1.toArray()[0],
      W2: p.W2,
      b2: p.b2.toArray(),
    };
    const back = paramsFromPlain(plain)!;
    expect(back.b1.shape).toBe('(1 × 3)');
    expect(back.W1.toArray()).toEqual(p.W1.toArray());
  });

  it('takes Matrices that crossed from a worker (structuredClone keeps fields, not the class)', () => {
    const p = params(4, 3, 2);
    const cloned = structuredClone(p) as unknown;
    expect(Object.getPrototypeOf((cloned as { W1: object }).W1)).toBe(Object.prototype);
    const back = paramsFromPlain(cloned)!;
    expect(back.W2.toArray()).toEqual(p.W2.toArray());
    const broken = structuredClone(p) as unknown as { W1: { data: Float64Array } };
    broken.W1.data[0] = Number.NaN;
    expect(paramsFromPlain(broken)).toBeUndefined();
  });

  it('refuses wrong shapes, non-finite numbers, ragged rows and non-objects', () => {
    const p = params(4, 3, 2);
    const plain = {
      W1: p.W1.toArray(),
      b1: p.b1.toArray(),
      W2: p.W2.toArray(),
      b2: p.b2.toArray(),
    };
    expect(paramsFromPlain(null)).toBeUndefined();
    expect(paramsFromPlain('W1')).toBeUndefined();
    expect(paramsFromPlain({ ...plain, b1: [[1, 2]] })).toBeUndefined();
    expect(
      paramsFromPlain({
        ...plain,
        W2: [
          [1, Number.NaN],
          [1, 2],
          [3, 4],
        ],
      }),
    ).toBeUndefined();
    expect(paramsFromPlain({ ...plain, W1: [[1, 2, 3], [1]] })).toBeUndefined();
  });
});
