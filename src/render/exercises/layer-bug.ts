/**
 * Exercise (chapter 6): find the bug. A copy of Affine's or Softmax-with-Loss's backward pass
 * with one planted wrong line (src/core/net/planted-bugs.ts); the gradient check of that layer
 * alone blames one gradient, and the reader picks the line that computes it.
 */
import {
  blamedParameter,
  checkLayer,
  layerBug,
  type LayerBugProblem,
} from '../../core/exercises/layer-bug';
import type { AffineSoftmaxBug } from '../../core/net/planted-bugs';
import { t } from '../../messages';
import type { ExerciseSpec } from '../exercise/types';
import { codeListingHtml, lineOptionText } from '../exercise-html/code-lines';
import { gradientName, layerCheckHtml } from '../exercise-html/layer-check';
import { html, para } from '../exercise/words';

/** Each listing line, the right code and (where a bug goes) the buggy code, with what it computes. */
interface Line {
  readonly code: string;
  readonly bug?: AffineSoftmaxBug;
  readonly buggy?: string;
  /** The parameter whose gradient the line computes, if any. */
  readonly computes?: 'X' | 'W' | 'b' | 'x';
}

const AFFINE: readonly Line[] = [
  { code: 'backward(dout: Matrix): Matrix {' },
  { code: "  const x = saved(this.x, 'Affine');" },
  {
    code: '  const dx = dout.dot(this.W.transpose());',
    bug: 'affine-dx-no-transpose',
    buggy: '  const dx = dout.dot(this.W);',
    computes: 'X',
  },
  {
    code: '  this.dW = x.transpose().dot(dout);',
    bug: 'affine-dw-swapped',
    buggy: '  this.dW = dout.transpose().dot(x);',
    computes: 'W',
  },
  {
    code: '  this.db = dout.columnSums();',
    bug: 'affine-db-mean',
    buggy: '  this.db = dout.columnSums().scale(1 / dout.rows);',
    computes: 'b',
  },
  { code: '  return dx;' },
  { code: '}' },
];

const SOFTMAX: readonly Line[] = [
  { code: 'backward(dout = 1): Matrix {' },
  { code: "  const y = saved(this.y, 'SoftmaxWithLoss');" },
  { code: "  const t = saved(this.t, 'SoftmaxWithLoss');" },
  {
    code: '  const diff = y.sub(t);',
    bug: 'softmax-sign',
    buggy: '  const diff = t.sub(y);',
    computes: 'x',
  },
  {
    code: '  return diff.scale(dout / y.rows);',
    bug: 'softmax-no-mean',
    buggy: '  return diff.scale(dout);',
    computes: 'x',
  },
  { code: '}' },
];

/** The listing as the reader sees it: the problem's bug planted in its line. */
function listing(p: LayerBugProblem): string[] {
  return (p.layer === 'affine' ? AFFINE : SOFTMAX).map((l) =>
    l.bug === p.bug && l.buggy ? l.buggy : l.code,
  );
}

/** Lines 2 … n − 1 (the body) are the options; the first and last are the method's frame. */
const bodyLines = (p: LayerBugProblem): number[] =>
  listing(p)
    .map((_, i) => i + 1)
    .slice(1, -1);

const buggyLine = (p: LayerBugProblem): number =>
  (p.layer === 'affine' ? AFFINE : SOFTMAX).findIndex((l) => l.bug === p.bug) + 1;

const WHY: Record<AffineSoftmaxBug, (p: LayerBugProblem) => string> = {
  'affine-dx-no-transpose': () => t('ex6.bug.whyDx'),
  'affine-dw-swapped': () => t('ex6.bug.whyDw'),
  'affine-db-mean': () => t('ex6.bug.whyDb'),
  'softmax-no-mean': (p) => t('ex6.bug.whyNoMean', { n: `${batchSize(p)}` }),
  'softmax-sign': () => t('ex6.bug.whySign'),
};

const batchSize = (p: LayerBugProblem): number => (p.layer === 'affine' ? p.X.rows : p.x.rows);

const spec: ExerciseSpec<LayerBugProblem> = {
  kind: 'layer-bug',
  type: 'bug',
  areas: ['exercises3'],
  generate: layerBug,
  defaultSeed: 7,
  prompt: (p) => {
    const n = `${batchSize(p)}`;
    const intro =
      p.layer === 'affine' ? t('ex6.bug.promptAffine', { n }) : t('ex6.bug.promptSoftmax', { n });
    return (
      para(intro) +
      codeListingHtml(t('ex6.bug.codeLabel'), listing(p)) +
      para(t('ex6.bug.question'))
    );
  },
  answer: (p) => {
    const lines = listing(p);
    return {
      kind: 'choice',
      options: bodyLines(p).map((n) => ({
        value: `line-${n}`,
        label: lineOptionText(n, lines[n - 1]!),
      })),
      correct: `line-${buggyLine(p)}`,
    };
  },
  answerText: (p) => lineOptionText(buggyLine(p), listing(p)[buggyLine(p) - 1]!),
  working: (p) => [
    html(
      t('ex6.bug.blames', { grad: gradientName(blamedParameter(p.bug)), line: `${buggyLine(p)}` }),
    ),
    html(WHY[p.bug](p)),
  ],
  hint: (p, given) => {
    const n = Number(String(given).replace('line-', ''));
    const line = (p.layer === 'affine' ? AFFINE : SOFTMAX)[n - 1];
    if (!line || n === buggyLine(p)) return undefined;
    if (!line.computes) return html(t('ex6.bug.hintNoGradient', { line: `${n}` }));
    return html(t('ex6.bug.hintAgrees', { line: `${n}`, grad: gradientName(line.computes) }));
  },
  reveal: (p) => layerCheckHtml(checkLayer(p)),
};

export default spec;
