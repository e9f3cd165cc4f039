// `npm run bench`: how long the layer library takes, in figures for the book (prints, never asserts).
//  1. Affine → ReLU → Affine → SoftmaxWithLoss at the book's size (batch 100, 784 → 50 → 10):
//     time per forward + backward pass.
//  2. A small network: one full numerical gradient (two forward passes per parameter) against
//     one backprop pass, and the ratio — the figure chapter 1's argument rests on.
import os from 'node:os';
import { parameterCount, type TimingNetShape } from '../src/core/cost-model';
import { randomNetwork } from '../src/core/random-network';

/** The seeded network of chapter 1's timing (src/core/random-network.ts), at a given size. */
function network(shape: TimingNetShape) {
  return { ...randomNetwork(shape, 20261126), count: parameterCount(shape) };
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

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : v.toFixed(3));
const show = (t: Timing) => `${ms(t.cpu)} ms CPU, ${ms(t.wall)} ms wall`;

console.log(
  `Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}`,
);
console.log('Medians; the ratios use CPU time.\n');

// 1. The book's size.
{
  const net = network({ inputs: 784, hidden: 50, classes: 10, batch: 100 });
  const fwd = time(() => net.loss(), 15);
  const pass = time(() => net.backprop(), 15);
  const estimate = 2 * net.count * fwd.cpu; // ms
  console.log('Affine → ReLU → Affine → SoftmaxWithLoss, batch 100, 784 → 50 → 10');
  console.log(`  parameters:                   ${net.count}`);
  console.log(`  forward only:                 ${show(fwd)} (median of 15)`);
  console.log(`  forward + backward, one pass: ${show(pass)} (median of 15)`);
  console.log(
    `  numerical gradient, estimated: 2 × ${net.count} forward passes ≈ ${(estimate / 1000).toFixed(0)} s CPU`,
  );
  console.log(`  estimated ratio numerical / backprop ≈ ${Math.round(estimate / pass.cpu)}×`);
}

// 2. A small network, both measured in full.
{
  const [n, d, h, k] = [10, 20, 10, 3];
  const net = network({ inputs: d, hidden: h, classes: k, batch: n });
  const reps = 200; // one pass is too short to time alone: time 200 and divide
  const batch = time(() => {
    for (let i = 0; i < reps; i++) net.backprop();
  }, 11);
  const pass = { wall: batch.wall / reps, cpu: batch.cpu / reps };
  const num = time(() => net.numerical(), 5, 1);
  const [a, b] = [net.backprop(), net.numerical()];
  const worst = Math.max(
    ...a.map((m, i) => Math.max(...m.sub(b[i]!).toArray().flat().map(Math.abs))),
  );
  console.log(`\nSmall network, batch ${n}, ${d} → ${h} → ${k} (${net.count} parameters)`);
  console.log(`  one backprop pass:          ${show(pass)} (median of 11 runs of 200 passes)`);
  console.log(
    `  full numerical gradient:    ${show(num)} (median of 5; ${2 * net.count} forward passes)`,
  );
  console.log(`  ratio numerical / backprop: ${Math.round(num.cpu / pass.cpu)}×`);
  console.log(`  largest |backprop − numerical| entry: ${worst.toExponential(1)}`);
}
