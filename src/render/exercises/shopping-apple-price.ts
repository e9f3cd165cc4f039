/** Chapter 2: ∂L/∂(apple price) for the shopping trip, by the book's layers (= count × tax). */
import { shoppingTrip, type ShoppingTripProblem } from '../../core/exercises/shopping-trip';
import { t } from '../../messages/t';
import { sameAnswer } from '../exercise/answer';
import { tripSentence } from '../exercise/shopping-words';
import type { ExerciseSpec } from '../exercise/types';
import { answerNumber, html, n, para } from '../exercise/words';

const spec: ExerciseSpec<ShoppingTripProblem> = {
  kind: 'shopping-apple-price',
  type: 'compute',
  areas: ['exercises1'],
  generate: shoppingTrip,
  defaultSeed: 11,
  prompt: (p) => para(tripSentence(p), t('ex2.dApple.question')),
  answer: (p) => ({ kind: 'number', value: p.result.dApple }),
  answerText: (p) => answerNumber(p.result.dApple),
  working: (p) => [
    html(t('ex2.dApple.stepTax', { tax: n(p.purchase.tax) })),
    html(
      t('ex2.dApple.stepResult', {
        appleCount: n(p.purchase.appleCount),
        tax: n(p.purchase.tax),
        dApple: n(p.result.dApple),
      }),
    ),
  ],
  hint: (p, given) => {
    const tax = n(p.purchase.tax);
    if (sameAnswer(given, p.purchase.appleCount)) return html(t('ex2.dApple.hintNoTax', { tax }));
    if (sameAnswer(given, p.purchase.tax)) return html(t('ex2.dApple.hintNoCount', { tax }));
    if (sameAnswer(given, p.result.dApple_num)) return html(t('ex2.dApple.hintPrice'));
    return undefined;
  },
};
export default spec;
