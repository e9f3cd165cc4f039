/**
 * Chapter 1: how many forward passes one central-difference gradient needs for a small network
 * a → b → c with weights and biases: count the parameters (`parameterCount`), then two passes
 * each (`gradientCost`).
 */
import { gradientCost, parameterCount } from '../cost-model';
import { picker } from './pick';

export interface ForwardPassesProblem {
  readonly inputs: number;
  readonly hidden: number;
  readonly classes: number;
  readonly parameters: number;
  readonly passes: number;
  /** Likely mistakes: one pass per parameter; weights only (biases forgotten). */
  readonly onePerParameter: number;
  readonly weightsOnly: number;
}

export function forwardPasses(seed: number): ForwardPassesProblem {
  const pick = picker(seed);
  const inputs = pick.int(2, 12);
  const hidden = pick.int(3, 20);
  const classes = pick.int(2, 10);
  const shape = { inputs, hidden, classes, batch: 1 };
  const parameters = parameterCount(shape);
  return {
    inputs,
    hidden,
    classes,
    parameters,
    passes: gradientCost(parameters).numericalForwardPasses,
    onePerParameter: parameters,
    weightsOnly: 2 * (inputs * hidden + hidden * classes),
  };
}
