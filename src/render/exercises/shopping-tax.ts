/** Chapter 2: ∂L/∂(tax) for the shopping trip, by the book's layers (= the total before tax). */
import { shoppingTrip, type ShoppingTripProblem } from '../../core/exercises/shopping-trip';
import { t } from '../../messages/t';
import { sameAnswer } from '../exercise/answer';
import { tripSentence } from '../exercise/shopping-words';
import type { ExerciseSpec } from '../exercise/types';
import { answerNumber, html, n, para } from '../exercise/words';

const spec: ExerciseSpec<ShoppingTripProblem> = {
  kind: 'shopping-tax',
  type: 'compute',
  areas: ['exercises1'],
  generate: shoppingTrip,
  defaultSeed: 23,
  prompt: (p) => para(tripSentence(p), t('ex2.dTax.question')),
  answer: (p) => ({ kind: 'number', value: p.result.dTax }),
  answerText: (p) => answerNumber(p.result.dTax),
  working: (p) => [
    html(t('ex2.dTax.stepSubtotal', { subtotal: n(p.subtotal) })),
    html(t('ex2.dTax.stepResult', { subtotal: n(p.result.dTax) })),
  ],
  hint: (p, given) => {
    if (sameAnswer(given, p.result.price)) return html(t('ex2.dTax.hintPayment'));
    if (sameAnswer(given, p.purchase.tax)) return html(t('ex2.dTax.hintTax'));
    return undefined;
  },
};
export default spec;
