/**
 * Exercise (chapter 7, predict then run): the whole-network check on a batch of one, with a
 * planted bug. The reader predicts what the check does; the reveal runs it (≈ 10 ms at N = 1; once per bug).
 */
import {
  BATCH_ONE_OUTCOMES,
  batchOneCheck,
  type BatchOneOutcome,
  type BatchOneProblem,
} from '../../core/exercises/batch-one-check';
import { checkOnce } from '../../core/exercises/network-check-bug';
import { t } from '../../messages';
import { checkTableHtml } from '../capstone/check-table';
import type { ExerciseSpec } from '../exercise/types';
import { html, para } from '../exercise/words';

const OPTION = {
  shape: 'ex7.batchOne.shape',
  numbers: 'ex7.batchOne.numbers',
  passes: 'ex7.batchOne.passes',
} as const;
const WHY = {
  shape: 'ex7.batchOne.whyShape',
  numbers: 'ex7.batchOne.whyNumbers',
  passes: 'ex7.batchOne.whyPasses',
} as const;
const HINT = {
  shape: 'ex7.batchOne.hintShape',
  numbers: 'ex7.batchOne.hintNumbers',
  passes: 'ex7.batchOne.hintPasses',
} as const;

const spec: ExerciseSpec<BatchOneProblem> = {
  kind: 'batch-one-check',
  type: 'predict',
  areas: ['exercises3', 'network'],
  generate: batchOneCheck,
  defaultSeed: 3,
  prompt: (p) => para(t('ex7.batchOne.prompt', { bug: t(`network.bug.${p.bug}`) })),
  answer: (p) => ({
    kind: 'choice',
    options: BATCH_ONE_OUTCOMES.map((o) => ({ value: o, label: t(OPTION[o]) })),
    correct: p.outcome,
  }),
  answerText: (p) => t(OPTION[p.outcome]),
  working: (p) => [html(t(WHY[p.outcome]))],
  // The hint points at the question the right outcome turns on, whichever wrong one was picked.
  hint: (p, given) =>
    given === p.outcome || !BATCH_ONE_OUTCOMES.includes(given as BatchOneOutcome)
      ? undefined
      : html(t(HINT[p.outcome])),
  reveal: (p) => checkTableHtml({ sizes: p.setup, check: checkOnce(p.setup, p.bug) }),
};

export default spec;
