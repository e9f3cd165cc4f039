/**
 * Chapter 7's numbers, rendered from runs of the book's code rather than typed: the shapes and
 * parameter counts of the source's net and ours, the whole-network check with and without each
 * planted bug, and the cached build-time training runs (src/lib/capstone-run.ts).
 */
import { formatNumber } from '../../core/format-number';
import {
  CHECK_SETUP,
  checkExample,
  checkNetwork,
  type NetworkCheck,
} from '../../core/net/network-check';
import { PLANTED_BUGS, type PlantedBug } from '../../core/net/planted-bugs';
import type { Evaluation } from '../../core/net/training';
import { formatCount } from '../../render/html/number-html';
import { capstoneRun, RUN_STEPS, VARIANTS, type RunSeries } from '../capstone-run';

const pct = (v: number | undefined): string =>
  v === undefined || !Number.isFinite(v) ? '—' : `${Math.round(v * 1000) / 10} %`;

/** Weights and biases of an inputs–hidden–classes net. */
export const parameterCount = (d: number, h: number, m: number): number => d * h + h + h * m + m;

/** The first evaluated step at which `key` reaches `at` (undefined if never). */
function stepTo(run: RunSeries, key: 'trainAccuracy' | 'testAccuracy', at: number): string {
  const e = run.evaluations.find((x) => x[key] >= at);
  return e ? formatCount(e.step) : '—';
}

const final = (run: RunSeries): Evaluation => run.evaluations.at(-1)!;
const evalAt = (run: RunSeries, step: number): Evaluation | undefined =>
  run.evaluations.find((e) => e.step === step);

/**
 * The largest relative error of a check (or the shape error it stopped on), to two significant
 * digits: the live check in the reader's browser recomputes it, and another engine's `Math.exp`
 * moves the third digit of so small a number (2.804e-9 here, 2.807e-9 in Chromium).
 */
function worstError(check: NetworkCheck): string {
  if (check.kind === 'shape-error') return check.message;
  return formatNumber(Number(Math.max(...check.params.map((p) => p.relativeError)).toPrecision(2)));
}

export function twoLayerNetwork() {
  const run = capstoneRun();
  const { net, x, labels } = checkExample();
  const checks = Object.fromEntries(
    (['none', ...PLANTED_BUGS] as const).map((bug) => [
      bug,
      worstError(checkNetwork(net, x, labels, bug === 'none' ? undefined : (bug as PlantedBug))),
    ]),
  ) as Record<PlantedBug | 'none', string>;
  const s = run.spiral;
  const d = run.digits;
  const early = 100;
  return {
    source: { sizes: '784–50–10', params: formatCount(parameterCount(784, 50, 10)) },
    ours: { sizes: '64–50–10', params: formatCount(parameterCount(64, 50, 10)) },
    check: {
      sizes: `${CHECK_SETUP.inputSize}–${CHECK_SETUP.hiddenSize}–${CHECK_SETUP.outputSize}`,
      params: formatCount(
        parameterCount(CHECK_SETUP.inputSize, CHECK_SETUP.hiddenSize, CHECK_SETUP.outputSize),
      ),
      batch: `${CHECK_SETUP.batch}`,
      errors: checks,
    },
    spiral: {
      settings: s.settings,
      steps: formatCount(RUN_STEPS.spiral),
      firstLoss: formatNumber(s.losses[0]!),
      to97: stepTo(s, 'trainAccuracy', 0.97),
      train: pct(final(s).trainAccuracy),
      test: pct(final(s).testAccuracy),
      trainSize: formatCount(s.points.length),
    },
    digits: {
      settings: d.settings,
      steps: formatCount(RUN_STEPS.digits),
      firstLoss: formatNumber(d.losses[0]!),
      lnTen: formatNumber(Math.log(10)),
      to95: stepTo(d, 'testAccuracy', 0.95),
      train: pct(final(d).trainAccuracy),
      test: pct(final(d).testAccuracy),
      lastLoss: formatNumber(d.losses.at(-1)!),
    },
    rates: {
      high: formatNumber(VARIANTS.rateHigh.learningRate),
      low: formatNumber(VARIANTS.rateLow.learningRate),
      base: formatNumber(s.settings.learningRate),
      highDiverged: run.rateHigh.divergedAt !== undefined,
      highTrain: pct(final(run.rateHigh).trainAccuracy),
      lowEarly: pct(evalAt(run.rateLow, early)?.trainAccuracy),
      baseEarly: pct(evalAt(s, early)?.trainAccuracy),
      lowTrain: pct(final(run.rateLow).trainAccuracy),
      early: formatCount(early),
    },
    init: {
      small: formatNumber(VARIANTS.initSmall.weightInitStd),
      large: formatNumber(VARIANTS.initLarge.weightInitStd),
      base: formatNumber(s.settings.weightInitStd ?? 0.01),
      smallFirst: formatNumber(run.initSmall.losses[0]!),
      lnThree: formatNumber(Math.log(3)),
      largeFirst: formatNumber(run.initLarge.losses[0]!),
      smallEarly: pct(evalAt(run.initSmall, early)?.trainAccuracy),
      smallTo97: stepTo(run.initSmall, 'trainAccuracy', 0.97),
      largeTo97: stepTo(run.initLarge, 'trainAccuracy', 0.97),
    },
  };
}
