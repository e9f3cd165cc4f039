// Build time only: the digits network the drawing pad and the digits report start from, trained
// once with DEFAULT_SETTINGS.digits by the book's one training loop, and cached on disk (keyed by
// a hash of src/core, the data and the settings) so it adds nothing to later builds.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../core/data/dataset';
import {
  confusionMatrix,
  createTraining,
  DEFAULT_SETTINGS,
  predictions,
} from '../core/net/training';
import { TwoLayerNet } from '../core/net/two-layer-net';
import type { NetworkParams } from '../core/random-network';
import { decodeParams, encodeParams } from '../render/capstone/digits/params-text';
import { wrongImages, type WrongImage } from '../render/capstone/digits/wrong-images';
import { DIGITS_PATH, loadDigits } from './digits-data';

/** Steps of the build-time run: past where the default settings reach 95 % on the test images. */
export const DIGITS_NET_STEPS = 600;

export interface DigitsBuildNet {
  /** The parameters as the page carries them (params-text.ts), and decoded from that text: every figure uses the decoded ones, so static and live agree. */
  readonly paramsText: string;
  readonly params: NetworkParams;
  readonly steps: number;
  readonly testAccuracy: number;
  /** [true][predicted] counts on the test images. */
  readonly confusion: number[][];
  readonly wrong: readonly WrongImage[];
  readonly test: Dataset;
  /** Each test row's pixels as the data set has them, counts 0–16. */
  readonly testCounts: readonly (readonly number[])[];
  /** The pad's first picture: a test image the network reads right. */
  readonly sample: { readonly index: number; readonly label: number; readonly counts: number[] };
}

function sourcesHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  walk(join(process.cwd(), 'src/core'));
  hash.update(readFileSync(DIGITS_PATH));
  hash.update(readFileSync(join(process.cwd(), 'src/render/capstone/digits/params-text.ts')));
  hash.update(JSON.stringify({ settings: DEFAULT_SETTINGS.digits, steps: DIGITS_NET_STEPS }));
  return hash.digest('hex').slice(0, 16);
}

function trainedParamsText(): string {
  const file = join(
    process.cwd(),
    'node_modules/.cache/bp-capstone',
    `digits-net-${sourcesHash()}.txt`,
  );
  try {
    return readFileSync(file, 'utf8');
  } catch {
    const training = createTraining(loadDigits(), DEFAULT_SETTINGS.digits);
    for (let i = 0; i < DIGITS_NET_STEPS; i++) training.step();
    const text = encodeParams(training.net.params);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
    return text;
  }
}

let built: DigitsBuildNet | undefined;

export function digitsBuildNet(): DigitsBuildNet {
  if (built) return built;
  const paramsText = trainedParamsText();
  const params = decodeParams(paramsText);
  if (!params) throw new Error('the cached digits network does not decode');
  const { test } = loadDigits();
  const net = TwoLayerNet.fromParams(params);
  const predicted = predictions(net, test.x);
  const testCounts = test.x.toArray().map((row) => row.map((v) => Math.round(v * 16)));
  const index = predicted.findIndex((p, i) => p === test.labels[i] && p === 5);
  built = {
    paramsText,
    params,
    steps: DIGITS_NET_STEPS,
    testAccuracy: net.accuracy(test.x, test.labels),
    confusion: confusionMatrix(net, test),
    wrong: wrongImages(test.labels, predicted),
    test,
    testCounts,
    sample: { index, label: test.labels[index]!, counts: [...testCounts[index]!] },
  };
  return built;
}
