/**
 * Chapter 1: how many times as many forward passes a central-difference gradient needs as
 * backpropagation, in the chapter's cost model (`gradientCost`): 2P against one forward pass
 * plus one backward pass costing k forward passes.
 */
import { gradientCost } from '../cost-model';
import { picker, tidy } from './pick';

export interface CostRatioProblem {
  readonly parameters: number;
  /** What one backward pass costs, in forward passes. */
  readonly backwardCost: number;
  readonly numerical: number;
  readonly backprop: number;
  readonly ratio: number;
  /** Likely mistakes: backprop counted as one pass; the 2 forgotten; the forward pass forgotten. */
  readonly onePass: number;
  readonly noTwo: number;
  readonly noForward: number;
}

export function costRatio(seed: number): CostRatioProblem {
  const pick = picker(seed);
  const backwardCost = pick.one([1, 2]);
  // A multiple of (1 + k) keeps the ratio whole.
  const parameters = pick.int(2, 60) * 50 * (1 + backwardCost);
  const cost = gradientCost(parameters);
  const numerical = cost.numericalForwardPasses;
  const backprop = cost.backpropForwardPasses + cost.backpropBackwardPasses * backwardCost;
  return {
    parameters,
    backwardCost,
    numerical,
    backprop,
    ratio: tidy(numerical / backprop),
    onePass: numerical,
    noTwo: tidy(parameters / backprop),
    noForward: tidy(numerical / backwardCost),
  };
}
