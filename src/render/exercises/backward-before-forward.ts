/** Chapter 4, predict: what a fresh layer does when backward runs before forward (it refuses). */
import {
  backwardBeforeForward,
  type BackwardBeforeForwardProblem,
} from '../../core/exercises/backward-before-forward';
import { t } from '../../messages/t';
import type { ExerciseSpec } from '../exercise/types';
import { html, n } from '../exercise/words';

const options = (p: BackwardBeforeForwardProblem) => [
  { value: 'zeros', label: t('ex.layers.order.option.zeros') },
  { value: 'dout', label: t('ex.layers.order.option.dout', { dout: n(p.dout) }) },
  { value: 'nan', label: t('ex.layers.order.option.nan') },
  { value: 'throws', label: t('ex.layers.order.option.throws') },
];

const spec: ExerciseSpec<BackwardBeforeForwardProblem> = {
  kind: 'backward-before-forward',
  type: 'predict',
  areas: ['exercises2'],
  generate: backwardBeforeForward,
  defaultSeed: 1,
  prompt: (p) => `<p>${html(t('ex.layers.order.prompt', { layer: p.layer, dout: n(p.dout) }))}</p>`,
  answer: (p) => ({ kind: 'choice', options: options(p), correct: 'throws' }),
  answerText: () => t('ex.layers.order.option.throws'),
  working: () => [html(t('ex.layers.order.work'))],
  hint: (p, given) => {
    if (given === 'zeros') return html(t('ex.layers.order.hint.zeros'));
    if (given === 'nan') return html(t('ex.layers.order.hint.nan'));
    if (given === 'dout') {
      return html(
        t(p.layer === 'AddLayer' ? 'ex.layers.order.hint.doutAdd' : 'ex.layers.order.hint.doutMul'),
      );
    }
    return undefined;
  },
  // What the book's layer really did when the generator ran it.
  reveal: (p) =>
    p.outcome.threw
      ? `<p>${html(
          t('ex.layers.order.reveal', {
            call: `new ${p.layer}().backward(${n(p.dout)})`,
            message: p.outcome.message,
          }),
        )}</p>`
      : '',
};
export default spec;
