import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matrix, SoftmaxWithLoss } from '../../../src/core/index';
import { oneHot } from '../../../src/core/labels';
import { numericalGradient } from '../../../src/core/numerical-gradient';

const dxOf = (x: Matrix, t: Matrix | number[], dout = 1) => {
  const layer = new SoftmaxWithLoss();
  layer.forward(x, t);
  return layer.backward(dout);
};

describe('SoftmaxWithLoss with class-index labels', () => {
  it('keeps index labels and builds no one-hot matrix', () => {
    const layer = new SoftmaxWithLoss();
    layer.forward(
      Matrix.from([
        [0.3, 2.9, 4],
        [1, 0.5, 0.2],
      ]),
      [2, 0],
    );
    expect(layer.labels).toEqual([2, 0]);
    expect(layer.t).toBeUndefined();
    const one = new SoftmaxWithLoss();
    const t = oneHot([2, 0], 3);
    one.forward(
      Matrix.from([
        [0.3, 2.9, 4],
        [1, 0.5, 0.2],
      ]),
      t,
    );
    expect(one.t).toBe(t);
    expect(one.labels).toBeUndefined();
  });

  it('subtracts 1 at each row’s true class: [0, 0] with label 1 gives [0.25, −0.25]', () => {
    expect(dxOf(Matrix.row([0, 0]), [1]).toArray()).toEqual([[0.5, -0.5]]);
    expect(
      dxOf(
        Matrix.from([
          [0, 0],
          [0, 0],
        ]),
        [1, 0],
      ).toArray(),
    ).toEqual([
      [0.25, -0.25],
      [-0.25, 0.25],
    ]);
  });

  it('does not mutate y: a second backward gives the same dx', () => {
    const layer = new SoftmaxWithLoss();
    layer.forward(Matrix.row([1, 2, 3]), [0]);
    const y = layer.y!.toArray();
    expect(layer.backward().toArray()).toEqual(layer.backward().toArray());
    expect(layer.y!.toArray()).toEqual(y);
  });

  it('gives exactly the one-hot dx, and both match central differences (property)', () => {
    const arb = fc
      .record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 2, max: 5 }) })
      .chain(({ rows, cols }) =>
        fc.record({
          x: fc.array(
            fc.array(
              fc.integer({ min: -4000, max: 4000 }).map((k) => k / 1000),
              {
                minLength: cols,
                maxLength: cols,
              },
            ),
            { minLength: rows, maxLength: rows },
          ),
          labels: fc.array(fc.integer({ min: 0, max: cols - 1 }), {
            minLength: rows,
            maxLength: rows,
          }),
          dout: fc.integer({ min: -3000, max: 3000 }).map((k) => k / 1000),
        }),
      );
    fc.assert(
      fc.property(arb, ({ x: rows, labels, dout }) => {
        const x = Matrix.from(rows);
        const t = oneHot(labels, x.cols);
        const byIndex = dxOf(x, labels, dout);
        const byOneHot = dxOf(x, t, dout);
        expect(byIndex.toArray()).toEqual(byOneHot.toArray());
        const loss = (m: Matrix) => dout * new SoftmaxWithLoss().forward(m, labels);
        const numeric = numericalGradient(loss, x);
        byIndex
          .toArray()
          .flat()
          .forEach((g, i) => {
            const n = numeric.toArray().flat()[i]!;
            expect(Math.abs(g - n)).toBeLessThan(1e-7 * Math.max(1, Math.abs(g)));
          });
      }),
      { numRuns: 150, seed: 14 },
    );
  });
});
