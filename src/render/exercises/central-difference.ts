/** Chapter 1: estimate a slope by the central difference, with a step large enough to show. */
import {
  centralDifference,
  type CentralDifferenceProblem,
} from '../../core/exercises/central-difference';
import { t } from '../../messages/t';
import { sameAnswer } from '../exercise/answer';
import type { ExerciseSpec } from '../exercise/types';
import { answerNumber, html, n, para } from '../exercise/words';

const spec: ExerciseSpec<CentralDifferenceProblem> = {
  kind: 'central-difference',
  type: 'compute',
  areas: ['exercises1'],
  generate: centralDifference,
  defaultSeed: 7,
  prompt: (p) => para(t('ex1.cd.prompt', { a: n(p.a), w: n(p.w), h: n(p.h) })),
  answer: (p) => ({ kind: 'number', value: p.estimate }),
  answerText: (p) => answerNumber(p.estimate),
  working: (p) => [
    html(t('ex1.cd.stepUp', { a: n(p.a), wh: n(p.w + p.h), up: n(p.up) })),
    html(t('ex1.cd.stepDown', { a: n(p.a), wh: n(p.w - p.h), down: n(p.down) })),
    html(
      t('ex1.cd.stepDivide', {
        up: n(p.up),
        down: n(p.down),
        twoH: n(2 * p.h),
        estimate: n(p.estimate),
      }),
    ),
    html(t('ex1.cd.stepCompare', { exact: n(p.exact), gap: n(p.a * p.h * p.h) })),
  ],
  hint: (p, given) => {
    const near = (x: number): boolean => sameAnswer(given, x);
    if (near(p.exact)) return html(t('ex1.cd.hintExact', { exact: n(p.exact) }));
    if (near(p.forward)) return html(t('ex1.cd.hintForward'));
    if (near(p.noTwo)) return html(t('ex1.cd.hintNoTwo'));
    return undefined;
  },
};
export default spec;
