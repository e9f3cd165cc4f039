// `npm run bench`: how long the layer library takes, in figures for the book (prints, never asserts).
//  1. Affine → ReLU → Affine → SoftmaxWithLoss at the book's size (batch 100, 784 → 50 → 10):
//     time per forward + backward pass.
//  2. A small network: one full numerical gradient (two forward passes per parameter) against
//     one backprop pass, and the ratio — the figure chapter 1's argument rests on.
import os from 'node:os';
import { Affine, Matrix, Relu, SoftmaxWithLoss, numericalGradient } from '../src/core/index';

/** mulberry32: a tiny seeded generator, so every run measures the same numbers. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20261126);
const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
const weights = (rows: number, cols: number) => Matrix.build(rows, cols, () => 0.01 * gauss());

interface Params {
  W1: Matrix;
  b1: Matrix;
  W2: Matrix;
  b2: Matrix;
}

function makeParams(input: number, hidden: number, output: number): Params {
  return {
    W1: weights(input, hidden),
    b1: Matrix.zeros(1, hidden),
    W2: weights(hidden, output),
    b2: Matrix.zeros(1, output),
  };
}

function loss(p: Params, x: Matrix, t: readonly number[]): number {
  const h = new Relu().forward(new Affine(p.W1, p.b1).forward(x));
  return new SoftmaxWithLoss().forward(new Affine(p.W2, p.b2).forward(h), t);
}

/** One forward and one backward pass; returns the parameter gradients. */
function backprop(p: Params, x: Matrix, t: readonly number[]): Params {
  const [a1, relu, a2, last] = [
    new Affine(p.W1, p.b1),
    new Relu(),
    new Affine(p.W2, p.b2),
    new SoftmaxWithLoss(),
  ];
  last.forward(a2.forward(relu.forward(a1.forward(x))), t);
  a1.backward(relu.backward(a2.backward(last.backward())));
  return { W1: a1.dW!, b1: a1.db!, W2: a2.dW!, b2: a2.db! };
}

function numerical(p: Params, x: Matrix, t: readonly number[]): Params {
  const keys = ['W1', 'b1', 'W2', 'b2'] as const;
  const out = { ...p };
  for (const k of keys) out[k] = numericalGradient((v) => loss({ ...p, [k]: v }, x, t), p[k]);
  return out;
}

interface Timing {
  /** Median wall-clock time, ms. */
  wall: number;
  /** Median CPU time of this process, ms: steadier than wall time on a shared, busy machine. */
  cpu: number;
}

/** Median times of `runs` calls after `warmup` unmeasured ones. */
function time(f: () => unknown, runs: number, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) f();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [start, cpu] = [performance.now(), process.cpuUsage()];
    f();
    const used = process.cpuUsage(cpu);
    walls.push(performance.now() - start);
    cpus.push((used.user + used.system) / 1000);
  }
  const median = (v: number[]) => v.sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  return { wall: median(walls), cpu: median(cpus) };
}

const count = (p: Params) => Object.values(p).reduce((s, m: Matrix) => s + m.rows * m.cols, 0);
const labels = (n: number, k: number) => Array.from({ length: n }, () => Math.floor(rand() * k));
const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : v.toFixed(3));
const show = (t: Timing) => `${ms(t.cpu)} ms CPU, ${ms(t.wall)} ms wall`;

console.log(
  `Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}`,
);
console.log('Medians; the ratios use CPU time.\n');

// 1. The book's size.
{
  const p = makeParams(784, 50, 10);
  const x = Matrix.build(100, 784, () => rand());
  const t = labels(100, 10);
  const fwd = time(() => loss(p, x, t), 15);
  const pass = time(() => backprop(p, x, t), 15);
  const estimate = 2 * count(p) * fwd.cpu; // ms
  console.log('Affine → ReLU → Affine → SoftmaxWithLoss, batch 100, 784 → 50 → 10');
  console.log(`  parameters:                   ${count(p)}`);
  console.log(`  forward only:                 ${show(fwd)} (median of 15)`);
  console.log(`  forward + backward, one pass: ${show(pass)} (median of 15)`);
  console.log(
    `  numerical gradient, estimated: 2 × ${count(p)} forward passes ≈ ${(estimate / 1000).toFixed(0)} s CPU`,
  );
  console.log(`  estimated ratio numerical / backprop ≈ ${Math.round(estimate / pass.cpu)}×`);
}

// 2. A small network, both measured in full.
{
  const [n, d, h, k] = [10, 20, 10, 3];
  const p = makeParams(d, h, k);
  const x = Matrix.build(n, d, () => rand());
  const t = labels(n, k);
  const reps = 200; // one pass is too short to time alone: time 200 and divide
  const batch = time(() => {
    for (let i = 0; i < reps; i++) backprop(p, x, t);
  }, 11);
  const pass = { wall: batch.wall / reps, cpu: batch.cpu / reps };
  const num = time(() => numerical(p, x, t), 5, 1);
  const worst = Math.max(
    ...(['W1', 'b1', 'W2', 'b2'] as const).map((key) => {
      const [a, b] = [backprop(p, x, t)[key], numerical(p, x, t)[key]];
      return Math.max(...a.sub(b).toArray().flat().map(Math.abs));
    }),
  );
  console.log(`\nSmall network, batch ${n}, ${d} → ${h} → ${k} (${count(p)} parameters)`);
  console.log(`  one backprop pass:          ${show(pass)} (median of 11 runs of 200 passes)`);
  console.log(
    `  full numerical gradient:    ${show(num)} (median of 5; ${2 * count(p)} forward passes)`,
  );
  console.log(`  ratio numerical / backprop: ${Math.round(num.cpu / pass.cpu)}×`);
  console.log(`  largest |backprop − numerical| entry: ${worst.toExponential(1)}`);
}
