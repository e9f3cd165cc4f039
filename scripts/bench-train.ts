// `npm run bench:train`: the training loop of chapter 7 in Node, in figures (prints, never asserts).
//  1. Steps per second at batch 100, 64–50–10 (digits), the step alone and with nothing else.
//  2. With DEFAULT_SETTINGS: steps and seconds until digits reach 95 % test accuracy and the
//     spiral 97 % train accuracy, evaluating every `every` steps (the evaluation time included,
//     as the chapter's curves evaluate too).
// Usage: npm run bench:train [-- every=25]
import os from 'node:os';
import type { SplitData } from '../src/core/data/dataset';
import { toySplit } from '../src/core/data/toy-sets';
import { createTraining, DEFAULT_SETTINGS, type DatasetName } from '../src/core/net/training';
import { loadDigits } from '../src/lib/digits-data';

const every = Number(process.argv.find((a) => a.startsWith('every='))?.slice(6) ?? 25);
console.log(
  `Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}\n`,
);

const digits = loadDigits();

// 1. Steps per second: median of 5 runs of 200 steps, after a warm-up of 100.
{
  const training = createTraining(digits, {
    ...DEFAULT_SETTINGS.digits,
    batchSize: 100,
    hiddenSize: 50,
  });
  for (let i = 0; i < 100; i++) training.step();
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let run = 0; run < 5; run++) {
    const [start, cpu] = [performance.now(), process.cpuUsage()];
    for (let i = 0; i < 200; i++) training.step();
    const used = process.cpuUsage(cpu);
    rates.push(200 / ((performance.now() - start) / 1000));
    cpuRates.push(200 / ((used.user + used.system) / 1e6));
  }
  rates.sort((a, b) => a - b);
  cpuRates.sort((a, b) => a - b);
  const evalStart = performance.now();
  for (let i = 0; i < 10; i++) training.evaluate();
  const evalMs = (performance.now() - evalStart) / 10;
  console.log(
    `Digits 64–50–10, batch 100: ${rates[2]!.toFixed(0)} steps/s wall, ${cpuRates[2]!.toFixed(0)} steps per CPU second (medians of 5 × 200; wall range ${rates[0]!.toFixed(0)}–${rates[4]!.toFixed(0)}); one evaluation (1 438 + 359 rows) ${evalMs.toFixed(1)} ms wall`,
  );
}

// 2. Time to the chapter's numbers.
function reach(
  name: DatasetName,
  data: SplitData,
  goal: 'train' | 'test',
  target: number,
  budget: number,
) {
  const training = createTraining(data, DEFAULT_SETTINGS[name]);
  const start = performance.now();
  while (training.steps < budget) {
    for (let i = 0; i < every; i++) training.step();
    const e = training.evaluate();
    const accuracy = goal === 'train' ? e.trainAccuracy : e.testAccuracy;
    if (accuracy >= target) {
      const seconds = (performance.now() - start) / 1000;
      return `${name}: ${goal} accuracy ${(accuracy * 100).toFixed(1)} % ≥ ${target * 100} % after ${training.steps} steps, ${seconds.toFixed(2)} s`;
    }
  }
  return `${name}: ${goal} accuracy never reached ${target * 100} % in ${budget} steps`;
}

console.log(`\nDEFAULT_SETTINGS, evaluating every ${every} steps:`);
console.log(reach('digits', digits, 'test', 0.95, 5000));
console.log(reach('spiral', toySplit('spiral'), 'train', 0.97, 5000));
for (const name of ['moons', 'circles', 'xor'] as const) {
  console.log(reach(name, toySplit(name), 'train', 0.97, 5000));
}
