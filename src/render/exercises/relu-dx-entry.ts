/** Chapter 5: one entry of ReLU's dx, given x and dout; 0 where the mask shuts it is the point. */
import {
  reluDxEntry,
  reluDxEntryAnswer,
  reluDxEntryMistakes,
  type ReluDxEntryProblem,
} from '../../core/exercises/relu-dx-entry';
import { t } from '../../messages/t';
import { sameAnswer } from '../exercise/answer';
import type { ExerciseSpec } from '../exercise/types';
import { answerNumber, html, n } from '../exercise/words';
import { rowText } from '../exercise/row-text';

const spec: ExerciseSpec<ReluDxEntryProblem> = {
  kind: 'relu-dx-entry',
  type: 'compute',
  areas: ['exercises2'],
  generate: reluDxEntry,
  defaultSeed: 2,
  prompt: (p) =>
    `<p>${html(
      t('ex.activation.relu.prompt', { x: rowText(p.x), dout: rowText(p.dout), k: n(p.k + 1) }),
    )}</p>`,
  // A shut entry's answer is 0 exactly: there an absolute tolerance stands in for the relative one.
  answer: (p) => {
    const value = reluDxEntryAnswer(p);
    return { kind: 'number', value, ...(value === 0 ? { absolute: 1e-9 } : {}) };
  },
  answerText: (p) => answerNumber(reluDxEntryAnswer(p)),
  working: (p) => {
    const [x, d] = [p.x[p.k] ?? 0, p.dout[p.k] ?? 0];
    const k = n(p.k + 1);
    return [
      html(t('ex.activation.relu.work.mask', { mask: rowText(p.x.map((v) => (v <= 0 ? 1 : 0))) })),
      html(
        x > 0
          ? t('ex.activation.relu.work.open', { k, x: n(x), dout: n(d) })
          : t('ex.activation.relu.work.shut', { k, x: n(x) }),
      ),
      html(t('ex.activation.relu.work.row', { dx: rowText(p.dx) })),
    ];
  },
  hint: (p, given) => {
    const m = reluDxEntryMistakes(p);
    const keys = {
      blockedOpen: 'ex.activation.relu.hint.blockedOpen',
      ignoredMask: 'ex.activation.relu.hint.ignoredMask',
      timesX: 'ex.activation.relu.hint.timesX',
      kinkHalf: 'ex.activation.relu.hint.kinkHalf',
    } as const;
    for (const [mistake, key] of Object.entries(keys)) {
      const wrong = m[mistake as keyof typeof keys];
      if (wrong !== undefined && sameAnswer(given, wrong)) return html(t(key));
    }
    return undefined;
  },
};
export default spec;
