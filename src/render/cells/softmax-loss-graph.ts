/**
 * Softmax-with-Loss drawn as primitives, for chapter 6: three logits, a one-hot t, and the
 * exp, Σ, ÷, log, × and ×(−1) nodes between them. The table sets the gradients that reach
 * the logits through those nodes beside y − t from our layer, and shows their difference.
 */
import {
  softmaxLossGraph,
  softmaxLossLeaves,
  CLASSES,
  SOFTMAX_LOSS_LIMIT,
} from '../../core/graph/index';
import { InputError } from '../../core/input-error';
import { Matrix } from '../../core/matrix';
import { SoftmaxWithLoss } from '../../core/softmax-with-loss';
import { formatNumber } from '../../core/format-number';
import { columnsTable } from '../html/columns-table';
import { resultTable } from '../kit/result-tables';
import type { CellSpec } from '../kit/types';
import { t } from '../../messages';
import { graphResult, type GraphResult } from '../graph-cell/graph-result';
import { withRows } from '../graph-cell/rows';

const graph = softmaxLossGraph();
/** Classes counted from 0, as the index labels and the chapter count them. */
const LOGITS = ['a0', 'a1', 'a2'] as const;

/**
 * Class k's chain (aₖ, eₖ, yₖ, log yₖ, tₖ log yₖ) on row 2k, its tₖ just below, S between
 * classes 1 and 2 (where its edges cross the fewest labels) and the loss's sum level with
 * class 1: the automatic layout would stack the three ÷ nodes half a row apart.
 */
const ROWS: Record<string, number> = { S: 3, sumTlog: 2, L: 2, LOut: 2 };
for (let k = 0; k < CLASSES; k++) {
  for (const id of ['a', 'e', 'y', 'log', 'tlog']) ROWS[`${id}${k}`] = 2 * k;
  ROWS[`t${k}`] = 2 * k + 1;
}

/**
 * Columns closer than the default 150 px: the chain is nine columns long and its labels are
 * at most about nine characters, so the figure is about 940 px wide rather than 1280: narrow
 * enough to show at full legibility beside a desktop's sidebar (labels ≥ 11 px in 894 px).
 */
const COLUMN = 108;

export interface SoftmaxGraphResult {
  readonly g: GraphResult;
  readonly trueClass: number;
  /** y − t for this example, from the `SoftmaxWithLoss` layer (N = 1). */
  readonly yMinusT: readonly number[];
}

const softmaxLossGraphCell: CellSpec<SoftmaxGraphResult> = {
  kind: 'softmax-loss-graph',
  areas: ['lessons'],
  fields: [
    { kind: 'scalar', name: 'a0', label: 'lessons.softmax.a0', initial: 0.3, step: 0.1 },
    { kind: 'scalar', name: 'a1', label: 'lessons.softmax.a1', initial: 2.9, step: 0.1 },
    { kind: 'scalar', name: 'a2', label: 'lessons.softmax.a2', initial: 4, step: 0.1 },
    {
      kind: 'choice',
      name: 'trueClass',
      label: 'lessons.softmax.trueClass',
      options: [
        { value: '0', label: 'lessons.softmax.class0' },
        { value: '1', label: 'lessons.softmax.class1' },
        { value: '2', label: 'lessons.softmax.class2' },
      ],
      initial: '2',
    },
  ],
  compute: (values) => {
    const a = LOGITS.map((name) => {
      const v = values[name] as number;
      if (Math.abs(v) > SOFTMAX_LOSS_LIMIT) {
        throw new InputError(
          name,
          t('lessons.softmax.tooLarge', { limit: String(SOFTMAX_LOSS_LIMIT) }),
        );
      }
      return v;
    }) as [number, number, number];
    const trueClass = Number(values['trueClass']);
    const g = graphResult(graph, softmaxLossLeaves(a, trueClass));
    const layer = new SoftmaxWithLoss();
    layer.forward(Matrix.row(a), [trueClass]);
    return { g, trueClass, yMinusT: layer.backward().toArray()[0]! };
  },
  renderResult: (r) =>
    resultTable(t('kit.forward'), [[t('lessons.softmax.loss'), r.g.value('L')]], 'forward') +
    columnsTable(
      t('lessons.softmax.compare'),
      [
        t('lessons.softmax.class'),
        'yₖ',
        'tₖ',
        t('lessons.softmax.graphGrad'),
        'yₖ − tₖ',
        t('lessons.softmax.difference'),
      ],
      rowsOf(r).map((row, k) => [`a${['₀', '₁', '₂'][k]}`, row] as const),
      'backward',
    ),
  announce: (r) =>
    t('lessons.softmax.announce', {
      loss: formatNumber(r.g.value('L')),
      largest: formatNumber(Math.max(...rowsOf(r).map((row) => Math.abs(row[4]!)))),
    }),
  graph: (r) => withRows(r.g.view, ROWS, COLUMN),
};

/** Per class: y, t, ∂L/∂a through the graph, y − t from the layer, and their difference. */
function rowsOf(r: SoftmaxGraphResult): number[][] {
  return LOGITS.map((name, k) => {
    const viaGraph = r.g.grad(name);
    const closed = r.yMinusT[k]!;
    return [r.g.value(`y${k}`), k === r.trueClass ? 1 : 0, viaGraph, closed, viaGraph - closed];
  });
}

export default softmaxLossGraphCell;
