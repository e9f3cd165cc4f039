/**
 * Gradients add where paths meet, for chapter 3: L = y·x + x·z uses x twice, so the backward
 * pass reaches x along two edges. The table lists what each path sends (y and z) and their
 * sum, checked against a central difference that knows nothing of paths.
 */
import {
  branchGraph,
  contributions,
  evaluate,
  BRANCH_LEAVES,
  type EdgeFlow,
} from '../../core/graph/index';
import { numericalDerivative } from '../../core/numerical-gradient';
import { InputError } from '../../core/input-error';
import { formatNumber } from '../../core/format-number';
import { resultTable } from '../kit/result-tables';
import type { CellSpec } from '../kit/types';
import { t } from '../../messages';
import { graphResult, scalars, type GraphResult } from '../graph-cell/graph-result';
import { withRows } from '../graph-cell/rows';

const graph = branchGraph();
/**
 * The largest |x|, |y| or |z| the cell takes: L stays far from overflow (at most 2·10¹²),
 * and the central difference, whose step grows with |x|, keeps about ten correct digits.
 */
export const BRANCH_LIMIT = 1e6;

/** x level with the sum, its two uses well apart, so the labels of x's two edges don't meet. */
const ROWS = { y: 0, x: 1.5, z: 3, yx: 0.5, xz: 2.5, L: 1.5, LOut: 1.5 };

export interface BranchResult {
  readonly g: GraphResult;
  /** What reaches x along path ① and along path ②. */
  readonly paths: readonly EdgeFlow[];
  /** ∂L/∂x by central difference, with no graph in sight. */
  readonly numeric: number;
}

const branch: CellSpec<BranchResult> = {
  kind: 'branch-sum',
  areas: ['lessons'],
  fields: [
    { kind: 'scalar', name: 'x', label: 'lessons.branch.x', initial: BRANCH_LEAVES.x },
    { kind: 'scalar', name: 'y', label: 'lessons.branch.y', initial: BRANCH_LEAVES.y },
    { kind: 'scalar', name: 'z', label: 'lessons.branch.z', initial: BRANCH_LEAVES.z },
  ],
  compute: (values) => {
    const leaves = scalars(values);
    for (const name of ['x', 'y', 'z']) {
      if (!(Math.abs(leaves[name]!) <= BRANCH_LIMIT)) {
        throw new InputError(name, t('lessons.branch.tooLarge', { limit: String(BRANCH_LIMIT) }));
      }
    }
    const g = graphResult(graph, leaves);
    const L = (x: number): number => evaluate(graph, { ...leaves, x }).values.get('L')!;
    return {
      g,
      paths: contributions(g.evaluation, 'x'),
      // A step in proportion to x, so x ± h stays apart from x when x is large.
      numeric: numericalDerivative(L, leaves['x']!, 1e-5 * Math.max(1, Math.abs(leaves['x']!))),
    };
  },
  renderResult: (r) =>
    resultTable(t('kit.forward'), [['L = y·x + x·z', r.g.value('L')]], 'forward') +
    resultTable(
      t('kit.backward'),
      [
        ...r.paths.map((e) => [pathLabel(e), e.grad] as const),
        [t('lessons.branch.sum'), r.g.grad('x')],
        [t('lessons.branch.check'), r.numeric],
      ],
      'backward',
    ),
  announce: (r) =>
    t('lessons.branch.announce', {
      first: formatNumber(r.paths[0]!.grad),
      second: formatNumber(r.paths[1]!.grad),
      sum: formatNumber(r.g.grad('x')),
    }),
  graph: (r) => withRows(r.g.view, ROWS),
};

function pathLabel(e: EdgeFlow): string {
  const node = graph.nodes.find((n) => n.id === e.to);
  const tag = node && node.kind !== 'leaf' ? (node.tag ?? '') : '';
  return t('lessons.branch.path', { tag, node: node?.label ?? e.to });
}

export default branch;
