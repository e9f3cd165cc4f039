/**
 * Chapter 5, find the bug: a Sigmoid whose backward uses x where y belongs, or drops the factor y.
 * "Run the gradient check" shows every entry disagreeing; the reader picks the faulty line.
 */
import { formatNumber } from '../../core/format-number';
import {
  sigmoidBug,
  sigmoidBugCheck,
  type SigmoidBug,
  type SigmoidBugProblem,
} from '../../core/exercises/sigmoid-bug';
import { t } from '../../messages/t';
import type { ExerciseSpec } from '../exercise/types';
import { html } from '../exercise/words';
import { rowText } from '../exercise/row-text';
import { checkTableHtml } from '../find-the-bug/check-table';
import { lineOptions, listingHtml, type ListingLine } from '../find-the-bug/listing';
import { once } from '../find-the-bug/once';

/**
 * The layer as shown. Both variants keep the input (`this.input = x`): harmless in one, the source
 * of the bug in the other, so the listing alone does not give the answer away.
 */
function listing(bug: SigmoidBug): ListingLine[] {
  const usesX = bug === 'sigmoid-uses-x';
  return [
    { code: 'class Sigmoid {' },
    { code: '  forward(x) {' },
    { code: '    this.input = x;', pick: 'store-input' },
    { code: '    this.out = x.map(sigmoid);', pick: 'store-out' },
    { code: '    return this.out;', pick: 'return-out' },
    { code: '  }' },
    { code: '  backward(dout) {' },
    {
      code: `    const y = saved(${usesX ? 'this.input' : 'this.out'}, 'Sigmoid');`,
      pick: 'read-saved',
    },
    {
      code: `    return dout.zip(y, (d, v) => ${usesX ? 'd * v * (1 - v)' : 'd * (1 - v)'});`,
      pick: 'product',
    },
    { code: '  }' },
    { code: '}' },
  ];
}

const faulty = (p: SigmoidBugProblem): string =>
  p.bug === 'sigmoid-uses-x' ? 'read-saved' : 'product';

/** Each variant's listing and options, made once: a spec renders them for every problem. */
const shownFor = once((bug: SigmoidBug) => {
  const lines = listing(bug);
  return { html: listingHtml(lines), options: lineOptions(lines) };
});
const shown = (p: SigmoidBugProblem) => shownFor(p.bug);

/** The check of a problem, run once however often the working and the reveal show it. */
const check = once(
  sigmoidBugCheck,
  new WeakMap<SigmoidBugProblem, ReturnType<typeof sigmoidBugCheck>>(),
);

const spec: ExerciseSpec<SigmoidBugProblem> = {
  kind: 'sigmoid-bug',
  type: 'bug',
  areas: ['exercises2'],
  generate: sigmoidBug,
  defaultSeed: 1,
  prompt: (p) =>
    `<p>${html(t('ex.activation.sigmoidBug.prompt', { x: rowText(p.x), dout: rowText(p.dout) }))}</p>` +
    shown(p).html,
  answer: (p) => ({ kind: 'choice', options: shown(p).options, correct: faulty(p) }),
  answerText: (p) => shown(p).options.find((o) => o.value === faulty(p))?.label ?? '',
  working: (p) => [
    html(
      t('ex.activation.sigmoidBug.work.check', {
        error: formatNumber(check(p).maxRelativeError),
      }),
    ),
    html(
      t(
        p.bug === 'sigmoid-uses-x'
          ? 'ex.activation.sigmoidBug.work.usesX'
          : 'ex.activation.sigmoidBug.work.forgotY',
      ),
    ),
  ],
  hint: (p, given) => {
    if (given === faulty(p)) return undefined;
    if (given === 'store-input') return html(t('ex.activation.sigmoidBug.hint.storeInput'));
    if (given === 'store-out' || given === 'return-out') {
      return html(t('ex.activation.sigmoidBug.hint.forwardLine'));
    }
    if (given === 'read-saved') return html(t('ex.activation.sigmoidBug.hint.readSaved'));
    if (given === 'product') return html(t('ex.activation.sigmoidBug.hint.product'));
    return undefined;
  },
  // Entry k of x is the reader's x₁, x₂, x₃ (counting from 1, as the prompt's row reads).
  reveal: (p) => checkTableHtml(check(p), (name, k) => `${name}${'₁₂₃₄₅₆₇₈₉'[k] ?? ''}`),
};
export default spec;
