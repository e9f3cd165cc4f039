/**
 * What a gradient costs, counted in passes through the network — chapter 1's argument in numbers.
 *
 * A central-difference gradient nudges one parameter at a time, up and down, and runs the whole
 * network forward for each nudge: 2 forward passes per parameter. Backpropagation runs the
 * network forward once, then backward once, and gets every partial derivative together.
 */

/** The pass counts for a network with a given number of parameters. */
export interface GradientCost {
  readonly parameters: number;
  /** Forward passes a central-difference gradient needs: 2 per parameter. */
  readonly numericalForwardPasses: number;
  /** Backprop: one forward pass … */
  readonly backpropForwardPasses: 1;
  /**
   * … and one backward pass, which costs about as much as one or two forward passes: an Affine
   * layer multiplies once forward (x · W) and twice backward (dout · Wᵀ and xᵀ · dout). Measured
   * by `npm run bench` at 784 → 50 → 10 with a batch of 100: forward + backward ≈ 3 × forward.
   */
  readonly backpropBackwardPasses: 1;
}

/** Counts the passes each method needs. `parameters` must be a positive whole number. */
export function gradientCost(parameters: number): GradientCost {
  if (!Number.isSafeInteger(parameters) || parameters < 1) {
    throw new RangeError(`gradientCost: parameters must be a whole number ≥ 1, got ${parameters}`);
  }
  return {
    parameters,
    numericalForwardPasses: 2 * parameters,
    backpropForwardPasses: 1,
    backpropBackwardPasses: 1,
  };
}

/**
 * The two-layer network the timing runs on: `inputs → hidden → classes`, Affine–ReLU–Affine
 * with softmax-with-loss, on a batch. Its parameters are both weight matrices and both biases.
 */
export interface TimingNetShape {
  readonly inputs: number;
  readonly hidden: number;
  readonly classes: number;
  readonly batch: number;
}

/** Parameter count of a timing network: W1 (D×H) + b1 (H) + W2 (H×C) + b2 (C). */
export function parameterCount(s: TimingNetShape): number {
  return s.inputs * s.hidden + s.hidden + s.hidden * s.classes + s.classes;
}

/**
 * The largest network we time numerically in a reader's browser. The numerical gradient's work
 * grows with the square of the size; at 500 parameters it takes a few tenths of a second.
 */
export const MAX_TIMED_PARAMETERS = 500;

/**
 * The timing network closest in size to `parameters` (capped at MAX_TIMED_PARAMETERS): four
 * inputs, three classes, a batch of eight, and as many hidden units as the count allows (≥ 1).
 */
export function timingNetFor(parameters: number): TimingNetShape {
  const inputs = 4;
  const classes = 3;
  const batch = 8;
  const perHidden = inputs + 1 + classes; // each hidden unit brings D weights, a bias, C weights
  const target = Math.min(Math.max(parameters, 1), MAX_TIMED_PARAMETERS);
  // Round down so the network never exceeds the cap; keep at least one hidden unit.
  const hidden = Math.max(1, Math.floor((target - classes) / perHidden));
  return { inputs, hidden, classes, batch };
}
