/** Chapter 2: the shopping trip's payment, forward through the four nodes. */
import { shoppingTrip, type ShoppingTripProblem } from '../../core/exercises/shopping-trip';
import { t } from '../../messages/t';
import { sameAnswer } from '../exercise/answer';
import { tripSentence } from '../exercise/shopping-words';
import type { ExerciseSpec } from '../exercise/types';
import { answerNumber, html, n, para } from '../exercise/words';

const spec: ExerciseSpec<ShoppingTripProblem> = {
  kind: 'shopping-payment',
  type: 'compute',
  areas: ['exercises1'],
  generate: shoppingTrip,
  defaultSeed: 2,
  prompt: (p) => para(tripSentence(p), t('ex2.payment.question')),
  answer: (p) => ({ kind: 'number', value: p.result.price }),
  answerText: (p) => answerNumber(p.result.price),
  working: (p) => [
    html(
      t('ex2.payment.stepNodes', {
        appleCount: n(p.purchase.appleCount),
        applePrice: n(p.purchase.applePrice),
        apples: n(p.apples),
        orangeCount: n(p.purchase.orangeCount),
        orangePrice: n(p.purchase.orangePrice),
        oranges: n(p.oranges),
      }),
    ),
    html(
      t('ex2.payment.stepAdd', {
        apples: n(p.apples),
        oranges: n(p.oranges),
        subtotal: n(p.subtotal),
      }),
    ),
    html(
      t('ex2.payment.stepTax', {
        subtotal: n(p.subtotal),
        tax: n(p.purchase.tax),
        payment: n(p.result.price),
      }),
    ),
  ],
  hint: (p, given) => {
    if (sameAnswer(given, p.subtotal)) return html(t('ex2.payment.hintNoTax'));
    if (sameAnswer(given, p.subtotal * (p.purchase.tax - 1))) {
      return html(t('ex2.payment.hintTaxOnly'));
    }
    return undefined;
  },
};
export default spec;
