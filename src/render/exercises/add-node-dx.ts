/** Chapter 3: the gradient an add node sends back, dx = dout, whatever x and y were. */
import {
  addNodeDx,
  addNodeDxMistakes,
  type AddNodeDxProblem,
} from '../../core/exercises/add-node-dx';
import { t } from '../../messages/t';
import { sameAnswer } from '../exercise/answer';
import type { ExerciseSpec } from '../exercise/types';
import { answerNumber, html, n } from '../exercise/words';

const spec: ExerciseSpec<AddNodeDxProblem> = {
  kind: 'add-node-dx',
  type: 'compute',
  areas: ['exercises2'],
  generate: addNodeDx,
  defaultSeed: 3,
  prompt: (p) =>
    `<p>${html(t('ex.chain.addNode.prompt', { x: n(p.x), y: n(p.y), dout: n(p.dout) }))}</p>`,
  answer: (p) => ({ kind: 'number', value: p.dx }),
  answerText: (p) => answerNumber(p.dx),
  working: (p) => [
    html(t('ex.chain.addNode.work.local')),
    html(t('ex.chain.addNode.work.product', { dout: n(p.dout), dx: n(p.dx) })),
  ],
  hint: (p, given) => {
    const m = addNodeDxMistakes(p);
    if (sameAnswer(given, m.forward)) return html(t('ex.chain.addNode.hint.forward'));
    if (sameAnswer(given, m.multiply)) return html(t('ex.chain.addNode.hint.multiply'));
    if (sameAnswer(given, m.local)) return html(t('ex.chain.addNode.hint.local'));
    return undefined;
  },
};
export default spec;
