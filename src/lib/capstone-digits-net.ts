// Build time only: the digits network the drawing pad and the digits report start from. It is
// the digits run of the chapter's build-time training (capstone-run.ts: DEFAULT_SETTINGS.digits,
// fixed seed, cached), so the pad, the report and the prose's numbers describe one network.
import type { Dataset } from '../core/data/dataset';
import { Matrix } from '../core/matrix';
import { confusionMatrix, predictions } from '../core/net/training';
import { TwoLayerNet } from '../core/net/two-layer-net';
import type { NetworkParams } from '../core/random-network';
import { decodeParams, encodeParams } from '../render/capstone/digits/params-text';
import { wrongImages, type WrongImage } from '../render/capstone/digits/wrong-images';
import { capstoneRun, RUN_STEPS } from './capstone-run';
import { loadDigits } from './digits-data';

export interface DigitsBuildNet {
  /**
   * The parameters as the page carries them (params-text.ts), and decoded from that text: every
   * figure here uses the decoded ones, so the static figures and the live pad agree.
   */
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

/** The digit the pad starts with: a 5 (not a 0 or 1, which read alike in any net). */
const SAMPLE_DIGIT = 5;

let built: DigitsBuildNet | undefined;

export function digitsBuildNet(): DigitsBuildNet {
  if (built) return built;
  const rows = capstoneRun().digits.params;
  const trained = {
    W1: Matrix.from(rows.W1),
    b1: Matrix.from(rows.b1),
    W2: Matrix.from(rows.W2),
    b2: Matrix.from(rows.b2),
  };
  const paramsText = encodeParams(trained);
  const params = decodeParams(paramsText);
  if (!params) throw new Error('the digits network does not survive its page encoding');
  const { test } = loadDigits();
  const net = TwoLayerNet.fromParams(params);
  const predicted = predictions(net, test.x);
  const testCounts = test.x.toArray().map((row) => row.map((v) => Math.round(v * 16)));
  const right = (i: number): boolean => predicted[i] === test.labels[i];
  const found = test.labels.findIndex((label, i) => label === SAMPLE_DIGIT && right(i));
  const index =
    found >= 0
      ? found
      : Math.max(
          0,
          test.labels.findIndex((_, i) => right(i)),
        );
  built = {
    paramsText,
    params,
    steps: RUN_STEPS.digits,
    testAccuracy: net.accuracy(test.x, test.labels),
    confusion: confusionMatrix(net, test),
    wrong: wrongImages(test.labels, predicted),
    test,
    testCounts,
    sample: { index, label: test.labels[index]!, counts: [...testCounts[index]!] },
  };
  return built;
}
