// The Node half of `npm run bench:train-browser`: the same loop the trainer's worker runs
// (core's createTraining, default settings), on src/core in Node. Prints one JSON line:
// digits steps/s at batch 100, 64–50–10, and the steps and seconds until digits test accuracy
// ≥ 95 % and spiral train accuracy ≥ 97 %, checking every `every` steps as the worker's
// summaries do (their cost is included, as in the browser).
import { splitDataset } from '../../src/core/data/dataset';
import { DIGITS_SPLIT, parseDigits } from '../../src/core/data/digits';
import { toySplit } from '../../src/core/data/toy-sets';
import { createTraining, DEFAULT_SETTINGS } from '../../src/core/net/training';
import type { SplitData } from '../../src/core/data/dataset';
import { readFileSync } from 'node:fs';

const digits = splitDataset(
  parseDigits(readFileSync('src/data/uci-digits/digits.txt', 'utf8')),
  DIGITS_SPLIT,
);

function stepsPerSecond(data: SplitData, steps: number): number {
  const training = createTraining(data, DEFAULT_SETTINGS.digits);
  const start = performance.now();
  for (let i = 0; i < steps; i++) training.step();
  return steps / ((performance.now() - start) / 1000);
}

function timeTo(
  data: SplitData,
  settings: (typeof DEFAULT_SETTINGS)['digits'],
  reached: (e: { trainAccuracy: number; testAccuracy: number }) => boolean,
  every: number,
): { steps: number; seconds: number } | undefined {
  const training = createTraining(data, settings);
  const start = performance.now();
  for (let i = 1; i <= 20_000; i++) {
    training.step();
    if (i % every === 0 && reached(training.evaluate())) {
      return { steps: i, seconds: (performance.now() - start) / 1000 };
    }
  }
  return undefined;
}

console.log(
  JSON.stringify({
    digitsStepsPerSecond: stepsPerSecond(digits, 1500),
    digitsTo95: timeTo(digits, DEFAULT_SETTINGS.digits, (e) => e.testAccuracy >= 0.95, 25),
    spiralTo97: timeTo(
      toySplit('spiral'),
      DEFAULT_SETTINGS.spiral,
      (e) => e.trainAccuracy >= 0.97,
      25,
    ),
  }),
);
