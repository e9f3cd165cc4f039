/** Exercise (chapter 6): one entry of dW = Xᵀ · dY, computed by hand. */
import { affineDwEntry, type AffineDwProblem } from '../../core/exercises/affine-dw-entry';
import { t } from '../../messages';
import type { ExerciseSpec } from '../exercise/types';
import { givenMatrix, isNear, list, num, productTerms, typed } from '../exercise-html/sentences';
import { html, para } from '../exercise/words';

const spec: ExerciseSpec<AffineDwProblem> = {
  kind: 'affine-dw-entry',
  type: 'compute',
  areas: ['exercises3'],
  generate: affineDwEntry,
  defaultSeed: 6,
  prompt: (p) =>
    para(
      t('ex6.dw.prompt', { n: `${p.X.length}`, d: `${p.X[0]!.length}`, m: `${p.dY[0]!.length}` }),
    ) +
    givenMatrix('X', p.X) +
    givenMatrix('dY', p.dY) +
    para(t('ex6.dw.question', { row: `${p.d + 1}`, col: `${p.m + 1}` })),
  answer: (p) => ({ kind: 'number', value: p.answer }),
  answerText: (p) => typed(p.answer),
  working: (p) => {
    const row = `${p.d + 1}`;
    const col = `${p.m + 1}`;
    const xs = p.X.map((r) => r[p.d]!);
    const ds = p.dY.map((r) => r[p.m]!);
    return [
      t('ex6.dw.rule', { row, col, n: `${p.X.length}` }),
      t('ex6.dw.columns', { row, col, xs: list(xs), ds: list(ds) }),
      t('ex6.dw.sum', {
        terms: productTerms(xs.map((x, n) => [x, ds[n]!] as const)),
        answer: num(p.answer),
      }),
    ].map(html);
  },
  hint: (p, given) => {
    const { oneExample, noTranspose, swapped } = p.mistakes;
    if (oneExample.some((v) => isNear(given, v))) {
      return html(t('ex6.dw.hintOneExample', { n: `${p.X.length}` }));
    }
    if (isNear(given, noTranspose)) return html(t('ex6.dw.hintNoTranspose'));
    if (isNear(given, swapped)) {
      return html(t('ex6.dw.hintSwapped', { row: `${p.d + 1}`, col: `${p.m + 1}` }));
    }
    return undefined;
  },
};

export default spec;
