/**
 * Chapter 4, find the bug: a MulLayer with one gradient not swapped. "Run the gradient check"
 * shows which input's gradient disagrees with central differences; the reader picks the line.
 */
import {
  mulLayerBug,
  mulLayerBugCheck,
  type MulLayerBug,
  type MulLayerBugProblem,
} from '../../core/exercises/mul-layer-bug';
import { t } from '../../messages/t';
import type { ExerciseSpec } from '../exercise/types';
import { html, n } from '../exercise/words';
import { checkTableHtml } from '../find-the-bug/check-table';
import { lineOptions, listingHtml, type ListingLine } from '../find-the-bug/listing';
import { once } from '../find-the-bug/once';

/** The layer as the exercise shows it, with the planted line in place. */
function listing(bug: MulLayerBug): ListingLine[] {
  const dxOwn = bug === 'mul-dx-unswapped';
  return [
    { code: 'class MulLayer {' },
    { code: '  forward(x, y) {' },
    { code: '    this.x = x;', pick: 'store-x' },
    { code: '    this.y = y;', pick: 'store-y' },
    { code: '    return x * y;', pick: 'product' },
    { code: '  }' },
    { code: '  backward(dout) {' },
    { code: `    const dx = dout * ${dxOwn ? 'this.x' : 'this.y'};`, pick: 'dx' },
    { code: `    const dy = dout * ${dxOwn ? 'this.x' : 'this.y'};`, pick: 'dy' },
    { code: '    return [dx, dy];', pick: 'return' },
    { code: '  }' },
    { code: '}' },
  ];
}

const faulty = (p: MulLayerBugProblem): 'dx' | 'dy' => (p.bug === 'mul-dx-unswapped' ? 'dx' : 'dy');

/** Each variant's listing and options, made once: a spec renders them for every problem. */
const shownFor = once((bug: MulLayerBug) => {
  const lines = listing(bug);
  return { html: listingHtml(lines), options: lineOptions(lines) };
});
const shown = (p: MulLayerBugProblem) => shownFor(p.bug);

/** The check of a problem, run once however often the working and the reveal show it. */
const check = once(
  mulLayerBugCheck,
  new WeakMap<MulLayerBugProblem, ReturnType<typeof mulLayerBugCheck>>(),
);

const spec: ExerciseSpec<MulLayerBugProblem> = {
  kind: 'mul-layer-bug',
  type: 'bug',
  areas: ['exercises2'],
  generate: mulLayerBug,
  defaultSeed: 8,
  prompt: (p) =>
    `<p>${html(t('ex.layers.mulBug.prompt', { x: n(p.x), y: n(p.y), dout: n(p.dout) }))}</p>` +
    shown(p).html,
  answer: (p) => ({ kind: 'choice', options: shown(p).options, correct: faulty(p) }),
  answerText: (p) => shown(p).options.find((o) => o.value === faulty(p))?.label ?? '',
  working: (p) => [
    html(t('ex.layers.mulBug.work.check', { input: faulty(p) === 'dx' ? 'x' : 'y' })),
    html(t(faulty(p) === 'dx' ? 'ex.layers.mulBug.work.dx' : 'ex.layers.mulBug.work.dy')),
    html(t('ex.layers.mulBug.work.equal')),
  ],
  hint: (p, given) => {
    if (given === 'store-x' || given === 'store-y' || given === 'product') {
      return html(t('ex.layers.mulBug.hint.forwardLine'));
    }
    if (given === 'return') return html(t('ex.layers.mulBug.hint.returnLine'));
    if ((given === 'dx' || given === 'dy') && given !== faulty(p)) {
      return html(t('ex.layers.mulBug.hint.rightGradient'));
    }
    return undefined;
  },
  reveal: (p) => checkTableHtml(check(p), (name) => name),
};
export default spec;
