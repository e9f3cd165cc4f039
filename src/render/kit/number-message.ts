/** The reader's words for a number that did not parse (./parse-number.ts). */
import type { NumberProblem } from './parse-number';
import { t } from '../../messages/t';

export function numberMessage(refused: { problem: NumberProblem; text: string }): string {
  switch (refused.problem) {
    case 'empty':
      return t('kit.number.empty');
    case 'notFinite':
      return t('kit.number.notFinite', { text: refused.text });
    case 'notDecimal':
      return t('kit.number.notDecimal');
    case 'comma':
      return t('kit.number.comma');
    case 'grouped':
      return t('kit.number.grouped', { text: refused.text });
    case 'invalid':
      return t('kit.number.invalid', { text: refused.text });
    case 'tooLarge':
      return t('kit.number.tooLarge');
  }
}
