/** Exercise (chapter 6): one entry of db, the column sums of dY: broadcast forward, summed back. */
import { affineDbEntry, type AffineDbProblem } from '../../core/exercises/affine-db-entry';
import { t } from '../../messages';
import type { ExerciseSpec } from '../exercise/types';
import { givenMatrix, isNear, list, num, sumTerms, typed } from '../exercise-html/sentences';
import { html, para } from '../exercise/words';

const spec: ExerciseSpec<AffineDbProblem> = {
  kind: 'affine-db-entry',
  type: 'compute',
  areas: ['exercises3'],
  generate: affineDbEntry,
  defaultSeed: 3,
  prompt: (p) =>
    para(t('ex6.db.prompt', { n: `${p.dY.length}`, m: `${p.dY[0]!.length}` })) +
    givenMatrix('dY', p.dY) +
    para(t('ex6.db.question', { col: `${p.m + 1}` })),
  answer: (p) => ({ kind: 'number', value: p.answer }),
  answerText: (p) => typed(p.answer),
  working: (p) => {
    const ds = p.dY.map((r) => r[p.m]!);
    return [
      t('ex6.db.rule'),
      t('ex6.db.sum', {
        col: `${p.m + 1}`,
        ds: list(ds),
        terms: sumTerms(ds),
        answer: num(p.answer),
      }),
    ].map(html);
  },
  hint: (p, given) => {
    const col = `${p.m + 1}`;
    const { oneRow, rowSum, mean } = p.mistakes;
    if (isNear(given, rowSum)) return html(t('ex6.db.hintRowSum', { col }));
    if (isNear(given, mean)) return html(t('ex6.db.hintMean'));
    if (oneRow.some((v) => isNear(given, v))) {
      return html(t('ex6.db.hintOneRow', { n: `${p.dY.length}`, col }));
    }
    return undefined;
  },
};

export default spec;
