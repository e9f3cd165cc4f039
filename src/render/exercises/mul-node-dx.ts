/** Chapter 3: the gradient a multiply node sends back to x, dout times the *other* input. */
import {
  mulNodeDx,
  mulNodeDxMistakes,
  type MulNodeDxProblem,
} from '../../core/exercises/mul-node-dx';
import { t } from '../../messages/t';
import { sameAnswer } from '../exercise/answer';
import type { ExerciseSpec } from '../exercise/types';
import { answerNumber, html, n } from '../exercise/words';

const spec: ExerciseSpec<MulNodeDxProblem> = {
  kind: 'mul-node-dx',
  type: 'compute',
  areas: ['exercises2'],
  generate: mulNodeDx,
  defaultSeed: 5,
  prompt: (p) =>
    `<p>${html(t('ex.chain.mulNode.prompt', { x: n(p.x), y: n(p.y), dout: n(p.dout) }))}</p>`,
  answer: (p) => ({ kind: 'number', value: p.dx }),
  answerText: (p) => answerNumber(p.dx),
  working: (p) => [
    html(t('ex.chain.mulNode.work.local', { y: n(p.y) })),
    html(t('ex.chain.mulNode.work.product', { dout: n(p.dout), y: n(p.y), dx: n(p.dx) })),
  ],
  hint: (p, given) => {
    const m = mulNodeDxMistakes(p);
    if (sameAnswer(given, m.unswapped)) return html(t('ex.chain.mulNode.hint.unswapped'));
    if (sameAnswer(given, m.noUpstream)) return html(t('ex.chain.mulNode.hint.noUpstream'));
    if (sameAnswer(given, m.forward)) return html(t('ex.chain.mulNode.hint.forward'));
    if (sameAnswer(given, m.addRule)) return html(t('ex.chain.mulNode.hint.addRule'));
    return undefined;
  },
};
export default spec;
