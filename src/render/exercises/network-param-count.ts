/** Exercise (chapter 7): the number of weights and biases of an a–b–c two-layer network. */
import {
  networkParamCount,
  type ParamCountProblem,
} from '../../core/exercises/network-param-count';
import { t } from '../../messages';
import type { ExerciseSpec } from '../exercise/types';
import { formatCount } from '../html/number-html';
import { isNear } from '../exercise-html/sentences';
import { html, para } from '../exercise/words';

const spec: ExerciseSpec<ParamCountProblem> = {
  kind: 'network-param-count',
  type: 'compute',
  areas: ['exercises3'],
  generate: networkParamCount,
  defaultSeed: 2,
  prompt: (p) =>
    para(
      t('ex7.count.prompt', {
        a: formatCount(p.inputSize),
        b: formatCount(p.hiddenSize),
        c: formatCount(p.outputSize),
      }),
    ),
  // A whole number: no fractions to accept, and no tolerance needed beyond the default.
  answer: (p) => ({ kind: 'number', value: p.answer, fractions: false }),
  answerText: (p) => `${p.answer}`,
  working: (p) => {
    const [w1, b1, w2, b2] = p.counts.map(formatCount) as [string, string, string, string];
    const [a, b, c] = [p.inputSize, p.hiddenSize, p.outputSize].map(formatCount) as [
      string,
      string,
      string,
    ];
    return [
      t('ex7.count.first', { a, b, w: w1, bias: b1 }),
      t('ex7.count.second', { b, c, w: w2, bias: b2 }),
      t('ex7.count.total', {
        terms: `${w1} + ${b1} + ${w2} + ${b2}`,
        answer: formatCount(p.answer),
      }),
    ].map(html);
  },
  hint: (p, given) => {
    const m = p.mistakes;
    if (isNear(given, m.noBias)) return html(t('ex7.count.hintNoBias'));
    if (isNear(given, m.biasPerInput)) {
      return html(
        t('ex7.count.hintBiasPerInput', {
          b: formatCount(p.hiddenSize),
          c: formatCount(p.outputSize),
        }),
      );
    }
    if (isNear(given, m.oneLayer)) return html(t('ex7.count.hintOneLayer'));
    if (isNear(given, m.product)) return html(t('ex7.count.hintProduct'));
    return undefined;
  },
};

export default spec;
