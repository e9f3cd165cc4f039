/**
 * Exercise (chapter 7): find the bug from the whole-network gradient check. The reader runs the
 * chapter's check (its table, render/capstone/check-table.ts) with one of the planted bugs, or
 * none, and names which. A check takes ≈ 50 ms; core keeps each of the 8 once run.
 */
import {
  CHECK_BUG_CHOICES,
  networkCheckBug,
  runProblemCheck,
  type CheckBugChoice,
  type NetworkCheckBugProblem,
} from '../../core/exercises/network-check-bug';
import { t } from '../../messages';
import { checkTableHtml } from '../capstone/check-table';
import type { ExerciseSpec } from '../exercise/types';
import { num } from '../exercise-html/sentences';
import { html, para } from '../exercise/words';

/** The option's words: the chapter's "break it" switch labels. */
const label = (choice: CheckBugChoice): string =>
  choice === 'none' ? t('network.bugNone') : t(`network.bug.${choice}`);

/** (N − 1)/(N + 1): the relative error of a gradient N times too large. */
const ratio = (n: number): string => num((n - 1) / (n + 1));

const spec: ExerciseSpec<NetworkCheckBugProblem> = {
  kind: 'network-check-bug',
  type: 'bug',
  areas: ['exercises3', 'network'],
  generate: networkCheckBug,
  defaultSeed: 11,
  prompt: (p) => para(t('ex7.checkBug.prompt', { n: `${p.setup.batch}` })),
  answer: (p) => ({
    kind: 'choice',
    options: CHECK_BUG_CHOICES.map((c) => ({ value: c, label: label(c) })),
    correct: p.bug,
  }),
  answerText: (p) => label(p.bug),
  working: (p) => {
    const n = p.setup.batch;
    if (p.bug === 'none') return [html(t('ex7.checkBug.whyNone'))];
    if (p.bug === 'affine-transpose') return [html(t('ex7.checkBug.whyTranspose'))];
    if (p.bug === 'relu-no-mask') return [html(t('ex7.checkBug.whyRelu'))];
    return [html(t('ex7.checkBug.whyNoMean', { n: `${n}`, ratio: ratio(n) }))];
  },
  hint: (p, given) => {
    const n = p.setup.batch;
    if (given === p.bug) return undefined;
    if (given === 'none') return html(t('ex7.checkBug.hintNone'));
    if (given === 'affine-transpose') return html(t('ex7.checkBug.hintTranspose'));
    if (given === 'relu-no-mask') return html(t('ex7.checkBug.hintRelu'));
    if (given === 'softmax-no-mean') {
      return html(t('ex7.checkBug.hintNoMean', { n: `${n}`, ratio: ratio(n) }));
    }
    return undefined;
  },
  reveal: (p) => checkTableHtml({ sizes: p.setup, check: runProblemCheck(p) }),
};

export default spec;
