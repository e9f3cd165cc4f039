/** Chapter 5: the sigmoid's dx = dout · y(1 − y), from the output y, not the input x. */
import {
  USED_X_NEAR,
  sigmoidDx,
  sigmoidDxMistakes,
  type SigmoidDxProblem,
} from '../../core/exercises/sigmoid-dx';
import { tidy } from '../../core/exercises/pick';
import { formatNumber } from '../../core/format-number';
import { t } from '../../messages/t';
import { sameAnswer } from '../exercise/answer';
import type { ExerciseSpec } from '../exercise/types';
import { answerNumber, html, n } from '../exercise/words';

const near = (given: number | string, target: number): boolean =>
  typeof given === 'number' && Math.abs(given - target) <= USED_X_NEAR * Math.abs(target);

// x = ln(y / (1 − y)) is irrational: it is printed to four digits, as the cells print numbers.
const spec: ExerciseSpec<SigmoidDxProblem> = {
  kind: 'sigmoid-dx',
  type: 'compute',
  areas: ['exercises2'],
  generate: sigmoidDx,
  defaultSeed: 3,
  prompt: (p) =>
    `<p>${html(t('ex.activation.sigmoid.prompt', { x: formatNumber(p.x), y: n(p.y), dout: n(p.dout) }))}</p>`,
  answer: (p) => ({ kind: 'number', value: p.dx }),
  answerText: (p) => answerNumber(p.dx),
  working: (p) => {
    const local = tidy(p.y * (1 - p.y));
    return [
      html(
        t('ex.activation.sigmoid.work.local', {
          y: n(p.y),
          oneMinusY: n(tidy(1 - p.y)),
          local: n(local),
        }),
      ),
      html(
        t('ex.activation.sigmoid.work.product', { dout: n(p.dout), local: n(local), dx: n(p.dx) }),
      ),
    ];
  },
  hint: (p, given) => {
    const m = sigmoidDxMistakes(p);
    if (near(given, m.usedX)) return html(t('ex.activation.sigmoid.hint.usedX'));
    if (sameAnswer(given, m.noUpstream)) return html(t('ex.activation.sigmoid.hint.noUpstream'));
    if (sameAnswer(given, m.forgotOneMinusY))
      return html(t('ex.activation.sigmoid.hint.forgotOneMinusY'));
    if (sameAnswer(given, m.forgotY)) return html(t('ex.activation.sigmoid.hint.forgotY'));
    return undefined;
  },
};
export default spec;
