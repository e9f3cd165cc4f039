/** Chapter 2, predict then run: which gradients change when the tax doubles? */
import {
  shoppingTrip,
  TAX_OPTIONS,
  taxDoublingAnswer,
  withDoubledTax,
  type ShoppingTripProblem,
  type TaxOption,
} from '../../core/exercises/shopping-trip';
import { t } from '../../messages/t';
import { tripSentence } from '../exercise/shopping-words';
import type { ExerciseSpec } from '../exercise/types';
import { html, n, para } from '../exercise/words';

const label = (o: TaxOption): string => t(`ex2.td.${o}`);

const spec: ExerciseSpec<ShoppingTripProblem> = {
  kind: 'tax-doubling',
  type: 'predict',
  areas: ['exercises1'],
  generate: shoppingTrip,
  defaultSeed: 2,
  prompt: (p) => para(tripSentence(p), t('ex2.td.question')),
  answer: (p) => ({
    kind: 'choice',
    options: TAX_OPTIONS.map((o) => ({ value: o, label: label(o) })),
    correct: taxDoublingAnswer(p),
  }),
  answerText: (p) => label(taxDoublingAnswer(p)),
  working: () => [html(t('ex2.td.stepInputs')), html(t('ex2.td.stepTax'))],
  hint: (_p, given) => {
    if (given === 'tax-only') return html(t('ex2.td.hintTaxOnly'));
    if (given === 'all') return html(t('ex2.td.hintAll'));
    if (given === 'none') return html(t('ex2.td.hintNone'));
    return undefined;
  },
  reveal: (p) => {
    const a = p.result;
    const b = withDoubledTax(p);
    return para(
      t('ex2.td.reveal', {
        tax: n(p.purchase.tax),
        tax2: n(2 * p.purchase.tax),
        dApple: n(a.dApple),
        dApple2: n(b.dApple),
        dAppleNum: n(a.dApple_num),
        dAppleNum2: n(b.dApple_num),
        dOrange: n(a.dOrange),
        dOrange2: n(b.dOrange),
        dOrangeNum: n(a.dOrange_num),
        dOrangeNum2: n(b.dOrange_num),
        dTax: n(a.dTax),
        dTax2: n(b.dTax),
      }),
    );
  },
};
export default spec;
