/** Chapter 3: a value used twice receives the sum of what each use sends back. */
import {
  branchSumDx,
  branchSumDxMistakes,
  type BranchSumDxProblem,
} from '../../core/exercises/branch-sum-dx';
import { t } from '../../messages/t';
import { sameAnswer } from '../exercise/answer';
import type { ExerciseSpec } from '../exercise/types';
import { answerNumber, html, n } from '../exercise/words';

const spec: ExerciseSpec<BranchSumDxProblem> = {
  kind: 'branch-sum-dx',
  type: 'compute',
  areas: ['exercises2'],
  generate: branchSumDx,
  defaultSeed: 4,
  prompt: (p) =>
    `<p>${html(t('ex.chain.branchSum.prompt', { x: n(p.x), y: n(p.y), z: n(p.z) }))}</p>`,
  answer: (p) => ({ kind: 'number', value: p.dx }),
  answerText: (p) => answerNumber(p.dx),
  working: (p) => [
    html(t('ex.chain.branchSum.work.path1', { path1: n(p.path1) })),
    html(t('ex.chain.branchSum.work.path2', { path2: n(p.path2) })),
    html(t('ex.chain.branchSum.work.sum', { path1: n(p.path1), path2: n(p.path2), dx: n(p.dx) })),
  ],
  hint: (p, given) => {
    const m = branchSumDxMistakes(p);
    if (sameAnswer(given, m.onlyFirst) || sameAnswer(given, m.onlySecond)) {
      return html(t('ex.chain.branchSum.hint.onePath'));
    }
    if (sameAnswer(given, m.product)) return html(t('ex.chain.branchSum.hint.product'));
    if (sameAnswer(given, m.value)) return html(t('ex.chain.branchSum.hint.value'));
    return undefined;
  },
};
export default spec;
