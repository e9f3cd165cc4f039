import { describe, expect, it } from 'vitest';
import { Matrix } from '../../../../src/core/index';
import {
  farthestInput,
  findNonFinite,
  guardFinite,
  OverflowError,
} from '../../../../src/render/kit/finite-guard';
import { renderCell } from '../../../../src/render/kit/render-cell';
import { matrixField } from '../../../../src/render/kit/fields';
import shopping from '../../../../src/render/cells/shopping';
import mulNode from '../../../../src/render/cells/mul-node';
import buyAppleOrange from '../../../../src/render/cells/buy-apple-orange';
import affine from '../../../../src/render/cells/affine';
import type { CellSpec, CellValues, ScalarField } from '../../../../src/render/kit/types';
import { initialTexts, parseTexts } from '../../../../src/render/kit/field-text';

const scalarField = (name: string, label: ScalarField['label'], initial: number): ScalarField => ({
  kind: 'scalar',
  name,
  label,
  initial,
});

const valuesOf = (spec: CellSpec<unknown>): CellValues => {
  const parsed = parseTexts(spec.fields, initialTexts(spec.fields));
  if (!parsed.ok) throw new Error('initial values do not parse');
  return parsed.values;
};

/** What renderCell throws for these values, or undefined. */
const thrown = (spec: CellSpec<unknown>, values: CellValues): unknown => {
  try {
    renderCell(spec, values, 'c', 'Cell');
    return undefined;
  } catch (error) {
    return error;
  }
};

describe('findNonFinite', () => {
  it('finds nothing in finite data of every shape the cells return', () => {
    const data = {
      a: 1,
      b: [[1, -2], [3]],
      m: Matrix.from([[1, 2]]),
      map: new Map([['x', 0]]),
      f64: new Float64Array([1, 2]),
      s: 'Infinity',
      fn: () => Number.NaN,
    };
    expect(findNonFinite(data)).toBeUndefined();
  });

  it('gives the path of the first NaN or ±Infinity, in arrays, maps, matrices and objects', () => {
    expect(findNonFinite({ a: 1, b: [[1, Number.POSITIVE_INFINITY]] })).toEqual(['b', 0, 1]);
    expect(findNonFinite({ m: Matrix.from([[1], [Number.NaN]]) })).toEqual(['m', 1, 0]);
    expect(findNonFinite(new Map([['grad', Number.NEGATIVE_INFINITY]]))).toEqual(['grad']);
    expect(findNonFinite(Number.NaN)).toEqual([]);
  });

  it('survives cycles', () => {
    const a: Record<string, unknown> = { x: 1 };
    a['self'] = a;
    expect(findNonFinite(a)).toBeUndefined();
  });
});

describe('farthestInput', () => {
  const fields = [scalarField('x', 'chain.x', 1), matrixField('W', 'classifier.affineW', [[1, 2]])];
  it('blames the scalar or matrix entry farthest from zero, with its entry', () => {
    expect(farthestInput(fields, { x: 3, W: [[1, -1e308]] })).toMatchObject({
      value: -1e308,
      entry: [0, 1],
    });
    expect(farthestInput(fields, { x: 1e308, W: [[1, 2]] })?.field.name).toBe('x');
  });
});

describe('guardFinite', () => {
  const fields = [scalarField('x', 'chain.x', 1)];
  it('lets finite results through', () => {
    expect(() => guardFinite(fields, { x: 1e308 }, { y: 1e308 })).not.toThrow();
  });
  it('names the input and its value in plain words', () => {
    const error = (() => {
      try {
        guardFinite(fields, { x: 1e308 }, { y: Number.POSITIVE_INFINITY });
        return undefined;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(OverflowError);
    expect((error as OverflowError).field).toBe('x');
    expect((error as Error).message).toMatch(/^x 1e308 makes a result overflow/);
    expect((error as Error).message).not.toMatch(/Infinity|NaN/);
  });
  it('blames the whole cell when there is no numeric input', () => {
    expect(() => guardFinite([], {}, [Number.NaN])).toThrow(OverflowError);
  });
});

describe('renderCell applies the guard to every cell (issue 12 cases)', () => {
  it('shopping: apple price 1e308 overflows the payment; with tax 0 it would be NaN', () => {
    for (const extra of [{}, { tax: 0 }]) {
      const values = { ...valuesOf(shopping), applePrice: 1e308, ...extra };
      const error = thrown(shopping, values);
      expect(error).toBeInstanceOf(OverflowError);
      expect((error as OverflowError).field).toBe('applePrice');
      expect((error as Error).message).toContain('Apple price 1e308');
    }
  });

  it('multiply node, buy-apple-orange and Affine refuse ±1e308', () => {
    for (const [spec, name] of [
      [mulNode, 'x'],
      [mulNode, 'dout'],
      [buyAppleOrange, 'orangeCount'],
    ] as const) {
      for (const v of [1e308, -1e308]) {
        const error = thrown(spec, { ...valuesOf(spec), [name]: v });
        expect(error, `${spec.kind} ${name}=${v}`).toBeInstanceOf(OverflowError);
      }
    }
    const a = valuesOf(affine);
    for (const name of ['x', 'w', 'dY']) {
      const grid = (a[name] as number[][]).map((r) => [...r]);
      grid[0]![0] = 1e308;
      const error = thrown(affine, { ...a, [name]: grid });
      expect(error, `affine ${name}`).toBeInstanceOf(OverflowError);
      expect((error as OverflowError).entry, `affine ${name}`).toBeDefined();
    }
  });

  it('lets every cell’s own values and ordinary large values through', () => {
    for (const spec of [shopping, mulNode, buyAppleOrange, affine]) {
      expect(thrown(spec, valuesOf(spec)), spec.kind).toBeUndefined();
    }
    expect(thrown(shopping, { ...valuesOf(shopping), applePrice: 1e100 })).toBeUndefined();
  });
});
