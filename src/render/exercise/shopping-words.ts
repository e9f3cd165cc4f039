/** The shopping trip as chapter 2's exercises state it (one sentence, from the catalogue). */
import type { ShoppingTripProblem } from '../../core/exercises/shopping-trip';
import { t } from '../../messages/t';
import { n } from './words';

export const tripSentence = (p: ShoppingTripProblem): string =>
  t('ex2.trip', {
    appleCount: n(p.purchase.appleCount),
    applePrice: n(p.purchase.applePrice),
    orangeCount: n(p.purchase.orangeCount),
    orangePrice: n(p.purchase.orangePrice),
    tax: n(p.purchase.tax),
  });
