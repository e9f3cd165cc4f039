/** Chapter 1, predict then run: how backpropagation's pass count grows with the network. */
import {
  backpropGrowth,
  GROWTH_OPTIONS,
  growthAnswer,
  type BackpropGrowthProblem,
} from '../../core/exercises/backprop-growth';
import type { GradientCost } from '../../core/cost-model';
import { formatCount } from '../html/number-html';
import { t } from '../../messages/t';
import type { ExerciseSpec } from '../exercise/types';
import { html, para } from '../exercise/words';

const label = (o: (typeof GROWTH_OPTIONS)[number]): string => t(`ex1.bg.${o}`);
const backprop = (c: GradientCost): number => c.backpropForwardPasses + c.backpropBackwardPasses;

const spec: ExerciseSpec<BackpropGrowthProblem> = {
  kind: 'backprop-growth',
  type: 'predict',
  areas: ['exercises1'],
  generate: backpropGrowth,
  defaultSeed: 1,
  prompt: (p) =>
    para(
      t('ex1.bg.prompt', {
        small: formatCount(p.small.parameters),
        large: formatCount(p.large.parameters),
      }),
    ),
  answer: (p) => ({
    kind: 'choice',
    options: GROWTH_OPTIONS.map((o) => ({ value: o, label: label(o) })),
    correct: growthAnswer(p),
  }),
  answerText: (p) => label(growthAnswer(p)),
  working: (p) => [
    html(t('ex1.bg.stepNumerical', { factor: formatCount(p.factor) })),
    html(t('ex1.bg.stepBackprop')),
  ],
  hint: (_p, given) => {
    if (given === 'linear') return html(t('ex1.bg.hintLinear'));
    if (given === 'square') return html(t('ex1.bg.hintSquare'));
    return undefined;
  },
  reveal: (p) =>
    para(
      t('ex1.bg.reveal', {
        small: formatCount(p.small.parameters),
        large: formatCount(p.large.parameters),
        numSmall: formatCount(p.small.numericalForwardPasses),
        numLarge: formatCount(p.large.numericalForwardPasses),
        bpSmall: formatCount(backprop(p.small)),
        bpLarge: formatCount(backprop(p.large)),
      }),
    ),
};
export default spec;
