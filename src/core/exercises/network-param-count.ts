/**
 * Exercise: how many weights and biases an inputs–hidden–classes network has (chapter 7). The
 * count is read off the parameters of the book's `TwoLayerNet` built at those sizes.
 */
import { Matrix } from '../matrix';
import { PARAM_NAMES } from '../random-network';
import { TwoLayerNet } from '../net/two-layer-net';
import { clearlyApart, firstWellPosed, type Draw } from './seeded-draw';

export interface ParamCountProblem {
  readonly inputSize: number;
  readonly hiddenSize: number;
  readonly outputSize: number;
  /** Entries of W1, b1, W2, b2, in that order. */
  readonly counts: readonly [number, number, number, number];
  readonly answer: number;
  readonly mistakes: {
    /** The weights only. */
    readonly noBias: number;
    /** A bias per input of each layer instead of per output. */
    readonly biasPerInput: number;
    /** One layer only (weights and biases of the first). */
    readonly oneLayer: number;
    /** The three sizes multiplied. */
    readonly product: number;
  };
}

/**
 * Toy and digit-like sizes, as the chapter's 64–50–10. (784 inputs would make the biases less
 * than 1 % of the count: "forgot the biases" would then pass within the checker's tolerance.)
 */
const INPUTS = [2, 3, 4, 8, 16, 64, 100] as const;
const HIDDEN = [3, 4, 5, 8, 10, 20, 50, 100] as const;
const OUTPUTS = [2, 3, 4, 10] as const;

/** The entries of each parameter of a net of these sizes (zeros: only their shapes matter). */
function parameterSizes(inputSize: number, hiddenSize: number, outputSize: number) {
  const net = TwoLayerNet.fromParams({
    W1: Matrix.zeros(inputSize, hiddenSize),
    b1: Matrix.zeros(1, hiddenSize),
    W2: Matrix.zeros(hiddenSize, outputSize),
    b2: Matrix.zeros(1, outputSize),
  });
  const p = net.params;
  return PARAM_NAMES.map((name) => p[name].rows * p[name].cols) as [number, number, number, number];
}

function make(draw: Draw): ParamCountProblem {
  const inputSize = draw.pick(INPUTS);
  const hiddenSize = draw.pick(HIDDEN);
  const outputSize = draw.pick(OUTPUTS);
  const counts = parameterSizes(inputSize, hiddenSize, outputSize);
  const [w1, b1, w2, b2] = counts;
  return {
    inputSize,
    hiddenSize,
    outputSize,
    counts,
    answer: w1 + b1 + w2 + b2,
    mistakes: {
      noBias: w1 + w2,
      biasPerInput: w1 + inputSize + w2 + hiddenSize,
      oneLayer: w1 + b1,
      product: inputSize * hiddenSize * outputSize,
    },
  };
}

export function paramCountMistakeValues(p: ParamCountProblem): number[] {
  return Object.values(p.mistakes);
}

function wellPosed(p: ParamCountProblem): boolean {
  return paramCountMistakeValues(p).every((v) => clearlyApart(v, p.answer));
}

export function networkParamCount(seed: number): ParamCountProblem {
  return firstWellPosed(seed, make, wellPosed, () => networkParamCount(1));
}
