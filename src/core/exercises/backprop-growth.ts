/**
 * Chapter 1, predict then run: as a network grows, how does the number of passes for one
 * gradient grow, for central differences and for backpropagation (`gradientCost`)?
 */
import { gradientCost, type GradientCost } from '../cost-model';
import { picker } from './pick';

export interface BackpropGrowthProblem {
  readonly small: GradientCost;
  readonly large: GradientCost;
  readonly factor: number;
}

export function backpropGrowth(seed: number): BackpropGrowthProblem {
  const pick = picker(seed);
  const parameters = pick.int(1, 9) * 1000;
  const factor = pick.one([10, 100, 1000]);
  return {
    small: gradientCost(parameters),
    large: gradientCost(parameters * factor),
    factor,
  };
}

/** The prediction's options: backprop's pass count stays put, grows like P, or like P². */
export const GROWTH_OPTIONS = ['same', 'linear', 'square'] as const;
export type GrowthOption = (typeof GROWTH_OPTIONS)[number];

const backpropPasses = (c: GradientCost): number =>
  c.backpropForwardPasses + c.backpropBackwardPasses;

/** The option the cost model bears out, from its pass counts at both sizes. */
export function growthAnswer(p: BackpropGrowthProblem): GrowthOption {
  const ratio = backpropPasses(p.large) / backpropPasses(p.small);
  if (ratio === 1) return 'same';
  return ratio === p.factor ? 'linear' : 'square';
}
