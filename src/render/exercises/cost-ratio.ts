/** Chapter 1: the cost ratio of central differences to backpropagation, in the cost model. */
import { costRatio, type CostRatioProblem } from '../../core/exercises/cost-ratio';
import { t } from '../../messages/t';
import { sameAnswer } from '../exercise/answer';
import type { ExerciseSpec } from '../exercise/types';
import { answerNumber, html, n, para } from '../exercise/words';

const spec: ExerciseSpec<CostRatioProblem> = {
  kind: 'cost-ratio',
  type: 'compute',
  areas: ['exercises1'],
  generate: costRatio,
  defaultSeed: 5,
  prompt: (p) => para(t('ex1.cr.prompt', { parameters: n(p.parameters), k: n(p.backwardCost) })),
  answer: (p) => ({ kind: 'number', value: p.ratio }),
  answerText: (p) => answerNumber(p.ratio),
  working: (p) => [
    html(t('ex1.cr.stepNumerical', { parameters: n(p.parameters), numerical: n(p.numerical) })),
    html(t('ex1.cr.stepBackprop', { k: n(p.backwardCost), backprop: n(p.backprop) })),
    html(
      t('ex1.cr.stepRatio', {
        numerical: n(p.numerical),
        backprop: n(p.backprop),
        ratio: n(p.ratio),
      }),
    ),
  ],
  hint: (p, given) => {
    if (sameAnswer(given, p.onePass)) return html(t('ex1.cr.hintOnePass'));
    if (sameAnswer(given, p.noTwo)) return html(t('ex1.cr.hintNoTwo'));
    if (sameAnswer(given, p.noForward)) return html(t('ex1.cr.hintNoForward'));
    return undefined;
  },
};
export default spec;
