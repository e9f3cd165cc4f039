/** Chapter 1: forward passes for one central-difference gradient of a small network. */
import { forwardPasses, type ForwardPassesProblem } from '../../core/exercises/forward-passes';
import { t } from '../../messages/t';
import { sameAnswer } from '../exercise/answer';
import type { ExerciseSpec } from '../exercise/types';
import { answerNumber, html, n, para } from '../exercise/words';

const spec: ExerciseSpec<ForwardPassesProblem> = {
  kind: 'forward-passes',
  type: 'compute',
  areas: ['exercises1'],
  generate: forwardPasses,
  defaultSeed: 3,
  prompt: (p) =>
    para(t('ex1.fp.prompt', { inputs: n(p.inputs), hidden: n(p.hidden), classes: n(p.classes) })),
  answer: (p) => ({ kind: 'number', value: p.passes, fractions: false }),
  answerText: (p) => answerNumber(p.passes),
  working: (p) => [
    html(
      t('ex1.fp.stepCount', {
        inputs: n(p.inputs),
        hidden: n(p.hidden),
        classes: n(p.classes),
        w1: n(p.inputs * p.hidden),
        b1: n(p.hidden),
        w2: n(p.hidden * p.classes),
        b2: n(p.classes),
        parameters: n(p.parameters),
      }),
    ),
    html(t('ex1.fp.stepPasses', { parameters: n(p.parameters), passes: n(p.passes) })),
  ],
  hint: (p, given) => {
    if (sameAnswer(given, p.onePerParameter)) {
      return html(t('ex1.fp.hintOne', { parameters: n(p.parameters) }));
    }
    if (sameAnswer(given, p.weightsOnly)) return html(t('ex1.fp.hintBiases'));
    return undefined;
  },
};
export default spec;
