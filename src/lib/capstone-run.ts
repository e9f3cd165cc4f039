/**
 * Build time only: chapter 7's training runs, with the book's default settings and fixed seeds,
 * so the static page (and print) shows real curves and regions. Training takes seconds, so the
 * result is cached under node_modules/.cache/bp-capstone/, keyed by a hash of everything that
 * could change a number: the core's sources, the digits file, this file. Same seed, same code,
 * same losses: the browser test compares its own first 100 losses with these to 1e-12.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { SplitData } from '../core/data/dataset';
import { toySplit } from '../core/data/toy-sets';
import {
  createTraining,
  DEFAULT_SETTINGS,
  predictions,
  type Evaluation,
  type TrainSettings,
} from '../core/net/training';
import { Matrix } from '../core/matrix';
import type { NetworkParams } from '../core/random-network';
import { TwoLayerNet } from '../core/net/two-layer-net';
import { gridInputs, type PredictGrid, type RegionPoint } from '../render/capstone/regions';
import { loadDigits } from './digits-data';

/** What one run keeps: a loss per step (NaN once diverged) and an evaluation every few steps. */
export interface RunSeries {
  readonly settings: TrainSettings;
  readonly losses: readonly number[];
  readonly evaluations: readonly Evaluation[];
  /** The first step whose loss or update was not finite, if any. */
  readonly divergedAt: number | undefined;
  /** The final weights as plain rows (W1, b1, W2, b2). */
  readonly params: PlainParams;
}
export type PlainParams = Readonly<Record<keyof NetworkParams, number[][]>>;

export interface CapstoneRun {
  readonly spiral: RunSeries & { readonly regions: PredictGrid; readonly points: RegionPoint[] };
  readonly digits: RunSeries;
  /** The spiral at a learning rate far too high and far too low (else the defaults). */
  readonly rateHigh: RunSeries;
  readonly rateLow: RunSeries;
  /** The spiral from initial weights far too small and far too large. */
  readonly initSmall: RunSeries;
  readonly initLarge: RunSeries;
}

/** Steps per run, and how often the whole train and test sets are evaluated. */
export const RUN_STEPS = { spiral: 600, digits: 1500 } as const;
export const EVAL_EVERY = 25;
/** Decision-region cells per side. */
export const REGION_GRID = 50;

export const VARIANTS = {
  rateHigh: { learningRate: 5 },
  rateLow: { learningRate: 0.005 },
  initSmall: { weightInitStd: 0.01 },
  initLarge: { weightInitStd: 5 },
} as const satisfies Record<string, Partial<TrainSettings>>;

/** Trains `steps` steps, keeping every loss and an evaluation every EVAL_EVERY steps. */
export function runSeries(data: SplitData, settings: TrainSettings, steps: number): RunSeries {
  const training = createTraining(data, settings);
  const losses: number[] = [];
  const evaluations: Evaluation[] = [training.evaluate()];
  let divergedAt: number | undefined;
  for (let s = 1; s <= steps; s++) {
    const record = training.step();
    if (record.diverged) divergedAt ??= s;
    losses.push(divergedAt === undefined ? record.loss : Number.NaN);
    if (s % EVAL_EVERY === 0 && divergedAt === undefined) evaluations.push(training.evaluate());
  }
  const p = training.net.params;
  const params = { W1: p.W1.toArray(), b1: p.b1.toArray(), W2: p.W2.toArray(), b2: p.b2.toArray() };
  return { settings, losses, evaluations, divergedAt, params };
}

/** A network from a run's plain weights. */
export function netOf(run: RunSeries): TwoLayerNet {
  const m = (rows: number[][]): Matrix => Matrix.from(rows);
  const p = run.params;
  return TwoLayerNet.fromParams({ W1: m(p.W1), b1: m(p.b1), W2: m(p.W2), b2: m(p.b2) });
}

function compute(): CapstoneRun {
  const spiralData = toySplit('spiral');
  const spiral = DEFAULT_SETTINGS.spiral;
  const variant = (v: Partial<TrainSettings>): RunSeries =>
    runSeries(spiralData, { ...spiral, ...v }, RUN_STEPS.spiral);
  const spiralRun = runSeries(spiralData, spiral, RUN_STEPS.spiral);
  const train = spiralData.train;
  const points = train.labels.map((label, n) => ({
    x: train.x.get(n, 0),
    y: train.x.get(n, 1),
    label,
  }));
  const regions = {
    size: REGION_GRID,
    classes: predictions(netOf(spiralRun), gridInputs(REGION_GRID)),
  };
  return {
    spiral: { ...spiralRun, regions, points },
    digits: runSeries(loadDigits(), DEFAULT_SETTINGS.digits, RUN_STEPS.digits),
    rateHigh: variant(VARIANTS.rateHigh),
    rateLow: variant(VARIANTS.rateLow),
    initSmall: variant(VARIANTS.initSmall),
    initLarge: variant(VARIANTS.initLarge),
  };
}

/** Every file whose change could change a number of the run. */
function inputsHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.ts')) hash.update(path).update(readFileSync(path));
    }
  };
  const root = process.cwd();
  walk(join(root, 'src/core'));
  for (const f of [
    'src/data/uci-digits/digits.txt',
    'src/lib/capstone-run.ts',
    'src/render/capstone/regions.ts',
  ]) {
    hash.update(f).update(readFileSync(join(root, f)));
  }
  return hash.digest('hex').slice(0, 16);
}

// JSON has no NaN: a diverged loss is stored as null and read back as NaN.
const revive = (_key: string, value: unknown): unknown => (value === null ? Number.NaN : value);

let memo: CapstoneRun | undefined;

/** The runs: from the cache when the inputs are unchanged, else trained now and cached. */
export function capstoneRun(): CapstoneRun {
  if (memo) return memo;
  const dir = join(process.cwd(), 'node_modules/.cache/bp-capstone');
  const file = join(dir, `${inputsHash()}.json`);
  if (existsSync(file)) {
    memo = JSON.parse(readFileSync(file, 'utf8'), revive) as CapstoneRun;
    return memo;
  }
  memo = compute();
  mkdirSync(dir, { recursive: true });
  // Other worktrees share node_modules: write aside, then rename, so no build reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(memo));
  renameSync(partial, file);
  return memo;
}
