/** Exercise (chapter 7): one step with momentum, v ← μ · v − η · dW, then W ← W + v. */
import { momentumStepProblem, type MomentumProblem } from '../../core/exercises/sgd-step';
import { t } from '../../messages';
import type { ExerciseSpec } from '../exercise/types';
import { factor, isNear, num, typed } from '../exercise-html/sentences';
import { html, para } from '../exercise/words';

const spec: ExerciseSpec<MomentumProblem> = {
  kind: 'momentum-step',
  type: 'compute',
  areas: ['exercises3'],
  generate: momentumStepProblem,
  defaultSeed: 1,
  prompt: (p) =>
    para(
      t('ex7.momentum.prompt', {
        mu: num(p.mu),
        eta: num(p.eta),
        v: num(p.v),
        w: num(p.w),
        g: num(p.g),
      }),
    ),
  answer: (p) => ({ kind: 'number', value: p.answer }),
  answerText: (p) => typed(p.answer),
  working: (p) =>
    [
      t('ex7.momentum.velocity', {
        mu: num(p.mu),
        v: factor(p.v),
        eta: num(p.eta),
        g: factor(p.g),
        newV: num(p.newV),
      }),
      t('ex7.momentum.weight', { w: num(p.w), newV: factor(p.newV), answer: num(p.answer) }),
    ].map(html),
  hint: (p, given) => {
    const m = p.mistakes;
    if (isNear(given, m.noMomentum)) return html(t('ex7.momentum.hintNoMomentum'));
    if (isNear(given, m.unscaled)) return html(t('ex7.momentum.hintUnscaled', { mu: num(p.mu) }));
    if (isNear(given, m.velocity)) return html(t('ex7.momentum.hintVelocity'));
    if (isNear(given, m.uphill)) return html(t('ex7.momentum.hintUphill'));
    return undefined;
  },
};

export default spec;
