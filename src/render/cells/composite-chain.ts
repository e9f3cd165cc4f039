/**
 * Chapter 3's worked composite function, L = (x² + 1)³, as a three-node graph:
 * t = x², u = t + 1, L = u³. Backward, each node multiplies the upstream gradient by its
 * local derivative; the cell also shows the one-step formula and a central difference, so the
 * reader sees all three routes agree.
 */
import { formatNumber } from '../../core/index';
import { InputError } from '../../core/input-error';
import type { GraphView } from '../graph/graph-view';
import { resultTable } from '../kit/result-tables';
import type { CellSpec } from '../kit/types';
// `msg`, not `t`: in this file t is the node t = x².
import { t as msg } from '../../messages';

export interface CompositeResult {
  readonly x: number;
  readonly t: number;
  readonly u: number;
  readonly L: number;
  /** Local derivatives: ∂L/∂u = 3u², ∂u/∂t = 1, ∂t/∂x = 2x. */
  readonly local: { readonly dLdu: number; readonly dudt: number; readonly dtdx: number };
  /** Gradients of L, built right to left: upstream × local. */
  readonly dLdt: number;
  readonly dLdx: number;
  /** ∂L/∂x in one go: 3(x² + 1)² · 2x. */
  readonly formula: number;
  /** (L(x + h) − L(x − h)) / 2h with h = 1e-5. */
  readonly numerical: number;
}

const f = (x: number): number => (x * x + 1) ** 3;

/** Forward and backward through the three nodes. Throws InputError when L overflows. */
export function composite(x: number): CompositeResult {
  const t = x * x; // t = x²
  const u = t + 1; // u = t + 1
  const L = u ** 3; // L = u³
  if (!Number.isFinite(L)) {
    throw new InputError('x', msg('chain.tooLarge'));
  }
  const dLdu = 3 * u * u; // ∂L/∂u = 3u²
  const dudt = 1; // ∂u/∂t = 1
  const dtdx = 2 * x; // ∂t/∂x = 2x
  const dLdt = 1 * dLdu * dudt; // upstream ∂L/∂L = 1, times ∂L/∂u, times ∂u/∂t
  const dLdx = dLdt * dtdx;
  const h = 1e-5;
  return {
    x,
    t,
    u,
    L,
    local: { dLdu, dudt, dtdx },
    dLdt,
    dLdx,
    formula: 3 * u * u * 2 * x,
    numerical: (f(x + h) - f(x - h)) / (2 * h),
  };
}

const s = formatNumber;

export const compositeChainCell: CellSpec<CompositeResult> = {
  kind: 'composite-chain',
  areas: ['chain'],
  fields: [{ kind: 'scalar', name: 'x', label: 'chain.x', initial: 2, step: 0.5 }],
  compute: (values) => {
    const x = values['x'];
    if (typeof x !== 'number') throw new InputError('x', msg('chain.enterX'));
    return composite(x);
  },
  renderResult: (r) =>
    resultTable(
      msg('kit.forward'),
      [
        ['t = x²', r.t],
        ['u = t + 1', r.u],
        ['L = u³', r.L],
      ],
      'forward',
    ) +
    resultTable(
      msg('kit.backward'),
      [
        ['∂L/∂u = 3u²', r.local.dLdu],
        ['∂L/∂t = ∂L/∂u · 1', r.dLdt],
        ['∂L/∂x = ∂L/∂t · 2x', r.dLdx],
        [msg('chain.checkFormula'), r.formula],
        [msg('chain.checkNumerical'), r.numerical],
      ],
      'backward',
    ),
  announce: (r) => `L ${s(r.L)}; ∂L/∂x ${s(r.dLdx)}`,
  graph: (r) => compositeView(r),
};

/** The three-node chain as a graph figure, stepped backward from the cube to the square. */
export function compositeView(r: CompositeResult): GraphView {
  const edge = (from: string, to: string, value: number, grad: number) => ({
    from,
    to,
    forward: s(value),
    backward: s(grad),
    forwardExact: value,
    backwardExact: grad,
  });
  const step = (input: string, upstream: number, local: number, result: number): string =>
    msg('chain.step.product', { input, upstream: s(upstream), local: s(local), result: s(result) });
  return {
    nodes: [
      { id: 'x', label: 'x', role: 'input', description: msg('chain.node.x') },
      { id: 'square', label: '( )²', role: 'op', description: msg('chain.node.square') },
      { id: 'plusOne', label: '+1', role: 'op', description: msg('chain.node.plusOne') },
      { id: 'cube', label: '( )³', role: 'op', description: msg('chain.node.cube') },
      { id: 'LOut', label: 'L', role: 'output', description: msg('chain.node.L') },
    ],
    edges: [
      edge('x', 'square', r.x, r.dLdx),
      edge('square', 'plusOne', r.t, r.dLdt),
      edge('plusOne', 'cube', r.u, r.local.dLdu),
      edge('cube', 'LOut', r.L, 1),
    ],
    steps: [
      {
        node: 'cube',
        local: `∂L/∂u = 3u² = ${s(r.local.dLdu)}`,
        product: step('u', 1, r.local.dLdu, r.local.dLdu),
      },
      {
        node: 'plusOne',
        local: '∂u/∂t = 1',
        product: step('t', r.local.dLdu, 1, r.dLdt),
      },
      {
        node: 'square',
        local: `∂t/∂x = 2x = ${s(r.local.dtdx)}`,
        product: step('x', r.dLdt, r.local.dtdx, r.dLdx),
      },
    ],
  };
}

export default compositeChainCell;
