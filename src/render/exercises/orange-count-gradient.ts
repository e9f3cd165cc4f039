/** Chapter 4: run the shopping code on new numbers and read off dOrange_num. */
import {
  orangeCountGradient,
  orangeCountGradientMistakes,
  type OrangeCountGradientProblem,
} from '../../core/exercises/orange-count-gradient';
import { t } from '../../messages/t';
import { sameAnswer } from '../exercise/answer';
import type { ExerciseSpec } from '../exercise/types';
import { answerNumber, html, n } from '../exercise/words';

const spec: ExerciseSpec<OrangeCountGradientProblem> = {
  kind: 'orange-count-gradient',
  type: 'compute',
  areas: ['exercises2'],
  generate: orangeCountGradient,
  defaultSeed: 1,
  prompt: ({ purchase: b }) =>
    `<p>${html(
      t('ex.layers.orangeCount.prompt', {
        applePrice: n(b.applePrice),
        appleCount: n(b.appleCount),
        orangePrice: n(b.orangePrice),
        orangeCount: n(b.orangeCount),
        tax: n(b.tax),
      }),
    )}</p>`,
  answer: (p) => ({ kind: 'number', value: p.result.dOrange_num }),
  answerText: (p) => answerNumber(p.result.dOrange_num),
  working: ({ purchase: b, result: r }) => [
    // The subtotal is what the tax multiplies, so its gradient dTax is the subtotal itself.
    html(
      t('ex.layers.orangeCount.work.forward', {
        subtotal: n(r.dTax),
        tax: n(b.tax),
        price: n(r.price),
      }),
    ),
    html(t('ex.layers.orangeCount.work.tax', { tax: n(b.tax) })),
    html(t('ex.layers.orangeCount.work.add', { tax: n(b.tax) })),
    html(
      t('ex.layers.orangeCount.work.orange', {
        tax: n(b.tax),
        orangePrice: n(b.orangePrice),
        answer: n(r.dOrange_num),
      }),
    ),
  ],
  hint: (p, given) => {
    const m = orangeCountGradientMistakes(p);
    if (sameAnswer(given, m.noTax)) {
      return html(t('ex.layers.orangeCount.hint.noTax', { tax: n(p.purchase.tax) }));
    }
    if (sameAnswer(given, m.swapped)) return html(t('ex.layers.orangeCount.hint.swapped'));
    if (sameAnswer(given, m.forward)) return html(t('ex.layers.orangeCount.hint.forward'));
    return undefined;
  },
};
export default spec;
