/**
 * The trainer's worker: mini-batch SGD with the book's layers (core's `createTraining`, the one
 * loop the build and the benches also run), off the page's main thread. It trains in slices of a
 * few milliseconds, yielding between them so a Pause is read within one slice, and posts a
 * summary of the step count and the new losses about every 33 ms, so that what the page shows
 * is never far behind the worker (a Pause lands a few steps past the step on screen, and the
 * page then shows the step it stopped at). Evaluating the whole train and test sets costs as
 * much as dozens of steps on digits, so a full summary (accuracies, regions, confusion matrix,
 * parameters) comes at most every 100 ms, and only as often as keeps its cost under a fifth
 * of the time.
 */
import type { SplitData } from '../../core/data/dataset';
import type { Matrix } from '../../core/matrix';
import {
  createTraining,
  predictions,
  type DatasetName,
  type StepRecord,
  type Training,
} from '../../core/net/training';
import { gridInputs } from '../../render/capstone/regions';
import type { FromWorker, ToWorker, Update } from './protocol';
import { digitsReport, load, plain } from './worker-data';

/** Cells per side of the decision-region grid. */
const GRID = 48;
/** Milliseconds of training between two looks at the message queue (a Pause waits this long). */
const SLICE_MS = 4;
/** Milliseconds between two summaries of the step count and the losses. */
const POST_MS = 33;
/** Milliseconds between two full summaries (at least). */
const FULL_MS = 100;
/** A full summary may take at most this share of the worker's time. */
const FULL_SHARE = 0.2;

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

let dataset: DatasetName = 'spiral';
let data: SplitData | undefined;
let training: Training | undefined;
let last: StepRecord | undefined;
let running = false;
let diverged: number | undefined;
let losses: number[] = [];
let lastPost = 0;
let lastFull = 0;
let fullCost = 0;
let grid: Matrix | undefined;
/**
 * The summary of where training is now. `full` evaluates the whole sets (skipped once
 * diverged) and adds the figures' data; otherwise only the steps and the new losses.
 */
function summary(full = true): Update {
  const t = training!;
  const d = data!;
  const sent = losses;
  losses = [];
  const start = performance.now();
  lastPost = start;
  const base = { type: 'update', steps: t.steps, running, losses: sent } as const;
  if (diverged !== undefined) return { ...base, diverged };
  if (!full) return base;
  lastFull = start;
  try {
    return fullSummary(t, d, base);
  } finally {
    fullCost = performance.now() - start;
  }
}

function fullSummary(t: Training, d: SplitData, base: Update): Update {
  const is2d = d.train.x.cols === 2;
  return {
    ...base,
    evaluation: t.evaluate(),
    params: plain(t.net.params),
    ...(is2d && grid ? { regions: predictions(t.net, grid) } : {}),
    ...(dataset === 'digits' ? { digits: digitsReport(t, d) } : {}),
  };
}

/** One step; false (and training stops) when its loss is not finite. */
function step(): boolean {
  const record = training!.step();
  if (record.diverged || !Number.isFinite(record.loss)) {
    diverged = record.step;
    running = false;
    return false;
  }
  last = record;
  losses.push(record.loss);
  return true;
}

function inspect(): void {
  if (!last) return;
  scope.postMessage({
    type: 'inspect',
    step: {
      step: last.step,
      batchSize: last.batch.length,
      grads: plain(last.grads),
      moved: plain(last.moved),
    },
  });
}

// Yield through a message channel: unlike setTimeout(0), it is not clamped to 4 ms.
const tick = new MessageChannel();
tick.port1.onmessage = () => {
  if (!running || !training) return;
  const start = performance.now();
  while (running && performance.now() - start < SLICE_MS) step();
  const now = performance.now();
  if (!running) scope.postMessage(summary());
  else if (now - lastPost >= POST_MS) {
    scope.postMessage(summary(now - lastFull >= Math.max(FULL_MS, fullCost / FULL_SHARE)));
  }
  if (running) tick.port2.postMessage(null);
};

async function reset(name: DatasetName, settings: Parameters<typeof createTraining>[1]) {
  running = false;
  training = undefined;
  try {
    data = await load(name);
  } catch {
    scope.postMessage({ type: 'failed', reason: 'data' });
    return;
  }
  dataset = name;
  training = createTraining(data, settings);
  last = undefined;
  diverged = undefined;
  losses = [];
  const is2d = data.train.x.cols === 2;
  grid = is2d ? gridInputs(GRID) : undefined;
  const x = data.train.x.toArray();
  scope.postMessage({
    type: 'ready',
    dataset: name,
    trainSize: data.train.labels.length,
    testSize: data.test.labels.length,
    batchSize: settings.batchSize,
    classes: data.train.classes,
    ...(is2d
      ? {
          points: x.map(([px = 0, py = 0], i) => ({ x: px, y: py, label: data!.train.labels[i]! })),
          gridSize: GRID,
        }
      : {}),
  });
  scope.postMessage(summary());
}

function handle(message: ToWorker): Promise<void> | void {
  if (message.type === 'reset') return reset(message.dataset, message.settings);
  if (!training) return;
  switch (message.type) {
    case 'train':
      if (running || diverged !== undefined) return;
      running = true;
      tick.port2.postMessage(null);
      return;
    case 'pause':
      if (!running) return;
      running = false;
      scope.postMessage(summary());
      return inspect();
    case 'step':
      running = false;
      if (diverged === undefined) step();
      scope.postMessage(summary());
      return inspect();
  }
}

// One message at a time: a reset that waits for the digits must finish before a Train.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (e) => {
  queue = queue
    .then(() => handle(e.data))
    .catch(() => {
      running = false;
      scope.postMessage({ type: 'failed', reason: 'error' });
    });
};
