/** Chapter 3: the chain rule through two nodes, ∂L/∂x for L = (x + y)². */
import {
  squareOfSum,
  squareOfSumMistakes,
  type SquareOfSumProblem,
} from '../../core/exercises/square-of-sum';
import { t } from '../../messages/t';
import { sameAnswer } from '../exercise/answer';
import type { ExerciseSpec } from '../exercise/types';
import { answerNumber, html, n } from '../exercise/words';

const spec: ExerciseSpec<SquareOfSumProblem> = {
  kind: 'square-of-sum',
  type: 'compute',
  areas: ['exercises2'],
  generate: squareOfSum,
  defaultSeed: 2,
  prompt: (p) => `<p>${html(t('ex.chain.squareOfSum.prompt', { x: n(p.x), y: n(p.y) }))}</p>`,
  answer: (p) => ({ kind: 'number', value: p.dx }),
  answerText: (p) => answerNumber(p.dx),
  working: (p) => [
    html(t('ex.chain.squareOfSum.work.forward', { t: n(p.t), L: n(p.L) })),
    html(t('ex.chain.squareOfSum.work.square', { dt: n(p.dt) })),
    html(t('ex.chain.squareOfSum.work.add', { dt: n(p.dt), dx: n(p.dx) })),
  ],
  hint: (p, given) => {
    const m = squareOfSumMistakes(p);
    if (sameAnswer(given, m.value)) return html(t('ex.chain.squareOfSum.hint.value'));
    if (sameAnswer(given, m.noTwo)) return html(t('ex.chain.squareOfSum.hint.noTwo'));
    if (sameAnswer(given, m.onlyX)) return html(t('ex.chain.squareOfSum.hint.onlyX'));
    if (sameAnswer(given, m.noT)) return html(t('ex.chain.squareOfSum.hint.noT'));
    return undefined;
  },
};
export default spec;
