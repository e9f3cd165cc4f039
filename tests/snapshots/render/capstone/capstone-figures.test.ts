import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import {
  accuracyCurvesSvg,
  lossComparisonSvg,
  lossCurveSvg,
} from '../../../../src/render/capstone/curves';
import { regionsSvg } from '../../../../src/render/capstone/regions';
import { expectGolden } from '../../golden';

const golden = (name: string): string =>
  fileURLToPath(new URL(`./goldens/${name}.svg`, import.meta.url));

// Fixed, hand-made series: the goldens check the drawing, not a training run.
const losses = Array.from({ length: 400 }, (_, i) => ({
  step: i + 1,
  value: 2.3 * Math.exp(-i / 80) + (0.05 * ((i * 7) % 5)) / 5,
}));
const train = Array.from({ length: 9 }, (_, i) => ({
  step: i * 50,
  value: 1 - 0.9 * Math.exp(-i / 2),
}));
const test = train.map((p) => ({ step: p.step, value: p.value * 0.95 }));

describe('chapter 7 figures', () => {
  it('loss curve matches its golden', () => {
    expectGolden(golden('loss'), `${lossCurveSvg(losses)}\n`);
  });
  it('accuracy curves match their golden', () => {
    expectGolden(golden('accuracy'), `${accuracyCurvesSvg(train, test)}\n`);
  });
  it('loss comparison (one run diverging) matches its golden', () => {
    const diverging = losses.map((p) => ({
      step: p.step,
      value: p.step > 30 ? Number.NaN : 2.3 * 1.2 ** p.step,
    }));
    expectGolden(
      golden('loss-comparison'),
      `${lossComparisonSvg(
        [
          { name: 'too high', points: diverging },
          { name: 'default', points: losses },
          {
            name: 'too low',
            points: losses.map((p) => ({ step: p.step, value: 2.3 - p.step / 1000 })),
          },
        ],
        [0, 3],
      )}\n`,
    );
  });
  it('decision regions match their golden', () => {
    const size = 12;
    const classes = Array.from({ length: size * size }, (_, k) => {
      const x = (k % size) - size / 2 + 0.5;
      const y = size / 2 - Math.floor(k / size) - 0.5;
      return Math.floor(((Math.atan2(y, x) + Math.PI) / (2 * Math.PI)) * 3) % 3;
    });
    const points = Array.from({ length: 30 }, (_, i) => ({
      x: Math.cos((i * 2 * Math.PI) / 30),
      y: Math.sin((i * 2 * Math.PI) / 30),
      label: Math.floor(i / 10),
    }));
    expectGolden(golden('regions'), `${regionsSvg({ size, classes }, points, 3)}\n`);
  });
});
