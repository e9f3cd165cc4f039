import { Matrix } from '../matrix';
import { gaussian, mulberry32 } from '../random';
import { splitDataset, type Dataset, type SplitData } from './dataset';

export type ToySetName = 'spiral' | 'moons' | 'circles' | 'xor';
export const TOY_SET_NAMES: readonly ToySetName[] = ['spiral', 'moons', 'circles', 'xor'];

type Point = readonly [number, number];
/** The k-th of n points of class c, given a uniform and a normal generator. */
type Draw = (c: number, k: number, n: number, uniform: () => number, normal: () => number) => Point;

const TAU = 2 * Math.PI;

// Each set: its classes and how one point is drawn. All fit roughly in [−1.2, 1.2]².
const SETS: Record<ToySetName, { classes: number; draw: Draw }> = {
  // Three arms winding out from the centre, the angle jittered a little (CS231n's spiral).
  spiral: {
    classes: 3,
    draw: (c, k, n, _u, normal) => {
      const r = k / Math.max(1, n - 1);
      const angle = (c * TAU) / 3 + r * 4 + normal() * 0.15;
      return [r * Math.sin(angle), r * Math.cos(angle)];
    },
  },
  // Two interleaved half circles, centred and scaled.
  moons: {
    classes: 2,
    draw: (c, _k, _n, uniform, normal) => {
      const a = uniform() * Math.PI;
      const [px, py] = c === 0 ? [Math.cos(a), Math.sin(a)] : [1 - Math.cos(a), 0.5 - Math.sin(a)];
      return [(px - 0.5) * 0.8 + normal() * 0.08, (py - 0.25) * 0.8 + normal() * 0.08];
    },
  },
  // A disc (class 0) inside a ring (class 1).
  circles: {
    classes: 2,
    draw: (c, _k, _n, uniform, normal) => {
      const a = uniform() * TAU;
      const r = (c === 0 ? 0.45 : 1) + normal() * 0.06;
      return [r * Math.cos(a), r * Math.sin(a)];
    },
  },
  // Class 1 where x and y have opposite signs; points kept a little off the axes.
  xor: {
    classes: 2,
    draw: (c, _k, _n, uniform, normal) => {
      const sx = uniform() < 0.5 ? -1 : 1;
      const sy = c === 0 ? sx : -sx;
      const at = () => 0.1 + uniform() * 0.9;
      return [sx * at() + normal() * 0.04, sy * at() + normal() * 0.04];
    },
  },
};

/** A seeded 2-D set with `perClass` points of each class (default 100). */
export function toySet(name: ToySetName, options: { seed: number; perClass?: number }): Dataset {
  const { classes, draw } = SETS[name];
  const n = options.perClass ?? 100;
  const uniform = mulberry32(options.seed);
  const normal = gaussian(mulberry32(options.seed ^ 0x5eed));
  const points: Point[] = [];
  const labels: number[] = [];
  for (let c = 0; c < classes; c++) {
    for (let k = 0; k < n; k++) {
      points.push(draw(c, k, n, uniform, normal));
      labels.push(c);
    }
  }
  return { x: Matrix.from(points.map((p) => [...p])), labels, classes };
}

/** THE split of each toy set: its points from seed 1, a fifth of each class held out. */
export const TOY_SPLIT = { seed: 1, perClass: 100, testFraction: 0.2 } as const;

/** A toy set split into train and test as the chapter uses it. */
export function toySplit(name: ToySetName): SplitData {
  const d = toySet(name, { seed: TOY_SPLIT.seed, perClass: TOY_SPLIT.perClass });
  return splitDataset(d, { seed: TOY_SPLIT.seed, testFraction: TOY_SPLIT.testFraction });
}
