/** Chapter 5, predict: what ReLU's backward sends where x < 0 (nothing: 0). */
import {
  reluNegativePredict,
  type ReluNegativePredictProblem,
} from '../../core/exercises/relu-negative-predict';
import { t } from '../../messages/t';
import type { ExerciseSpec } from '../exercise/types';
import { html } from '../exercise/words';
import { rowText } from '../exercise/row-text';

const OPTIONS = ['unchanged', 'zero', 'flipped', 'scaled'] as const;
const optionKey = {
  unchanged: 'ex.activation.negative.option.unchanged',
  zero: 'ex.activation.negative.option.zero',
  flipped: 'ex.activation.negative.option.flipped',
  scaled: 'ex.activation.negative.option.scaled',
} as const;

const spec: ExerciseSpec<ReluNegativePredictProblem> = {
  kind: 'relu-negative-predict',
  type: 'predict',
  areas: ['exercises2'],
  generate: reluNegativePredict,
  defaultSeed: 1,
  prompt: (p) =>
    `<p>${html(t('ex.activation.negative.prompt', { x: rowText(p.x), dout: rowText(p.dout) }))}</p>`,
  answer: () => ({
    kind: 'choice',
    options: OPTIONS.map((value) => ({ value, label: t(optionKey[value]) })),
    correct: 'zero',
  }),
  answerText: () => t(optionKey.zero),
  working: () => [html(t('ex.activation.negative.work'))],
  hint: (_p, given) => {
    if (given === 'unchanged') return html(t('ex.activation.negative.hint.unchanged'));
    if (given === 'flipped') return html(t('ex.activation.negative.hint.flipped'));
    if (given === 'scaled') return html(t('ex.activation.negative.hint.scaled'));
    return undefined;
  },
  reveal: (p) => `<p>${html(t('ex.activation.negative.reveal', { dx: rowText(p.dx) }))}</p>`,
};
export default spec;
