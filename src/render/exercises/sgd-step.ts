/** Exercise (chapter 7): one step of gradient descent on one weight, W ← W − η · dW. */
import { sgdStepProblem, type SgdProblem } from '../../core/exercises/sgd-step';
import { t } from '../../messages';
import type { ExerciseSpec } from '../exercise/types';
import { factor, isNear, num, typed } from '../exercise-html/sentences';
import { html, para } from '../exercise/words';

const spec: ExerciseSpec<SgdProblem> = {
  kind: 'sgd-step',
  type: 'compute',
  areas: ['exercises3'],
  generate: sgdStepProblem,
  defaultSeed: 1,
  prompt: (p) => para(t('ex7.sgd.prompt', { w: num(p.w), g: num(p.g), eta: num(p.eta) })),
  answer: (p) => ({ kind: 'number', value: p.answer }),
  answerText: (p) => typed(p.answer),
  working: (p) =>
    [
      t('ex7.sgd.rule'),
      t('ex7.sgd.step', { w: num(p.w), eta: num(p.eta), g: factor(p.g), answer: num(p.answer) }),
    ].map(html),
  hint: (p, given) => {
    const m = p.mistakes;
    if (isNear(given, m.uphill)) return html(t('ex7.sgd.hintUphill'));
    if (isNear(given, m.noRate)) return html(t('ex7.sgd.hintNoRate'));
    if (isNear(given, m.change)) return html(t('ex7.sgd.hintChange'));
    return undefined;
  },
};

export default spec;
