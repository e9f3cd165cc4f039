/** Exercise (chapter 6): softmax of two logits and one entry of y − t, by hand (N = 1). */
import {
  softmaxTwoClass,
  type SoftmaxTwoClassProblem,
} from '../../core/exercises/softmax-two-class';
import { t } from '../../messages';
import type { ExerciseSpec } from '../exercise/types';
import { isNear, num, typed } from '../exercise-html/sentences';
import { html, para } from '../exercise/words';

const spec: ExerciseSpec<SoftmaxTwoClassProblem> = {
  kind: 'softmax-two-class',
  type: 'compute',
  areas: ['exercises3'],
  generate: softmaxTwoClass,
  defaultSeed: 1,
  prompt: (p) =>
    para(
      t('ex6.softmax.prompt', {
        a0: num(p.logits[0]),
        a1: num(p.logits[1]),
        label: `${p.label}`,
      }),
    ) + para(t('ex6.softmax.question', { k: `${p.k}` })),
  // Irrational: a decimal within the relative 1e-3, no fractions.
  answer: (p) => ({ kind: 'number', value: p.answer, fractions: false }),
  answerText: (p) => typed(p.answer),
  working: (p) => {
    const tk = p.k === p.label ? 1 : 0;
    return [
      t('ex6.softmax.probabilities', { y0: num(p.y[0]), y1: num(p.y[1]) }),
      t('ex6.softmax.target', { t0: p.label === 0 ? '1' : '0', t1: p.label === 1 ? '1' : '0' }),
      t('ex6.softmax.entry', {
        k: `${p.k}`,
        yk: num(p.y[p.k]),
        tk: `${tk}`,
        answer: num(p.answer),
      }),
    ].map(html);
  },
  hint: (p, given) => {
    const { noT, wrongOne, flipped } = p.mistakes;
    if (isNear(given, noT)) return html(t('ex6.softmax.hintNoT', { k: `${p.k}` }));
    if (isNear(given, wrongOne)) {
      return html(t('ex6.softmax.hintWrongOne', { k: `${p.k}`, label: `${p.label}` }));
    }
    if (isNear(given, flipped)) return html(t('ex6.softmax.hintFlipped'));
    return undefined;
  },
};

export default spec;
