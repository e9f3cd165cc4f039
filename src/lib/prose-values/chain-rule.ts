/**
 * Chapter 3's worked numbers, computed at build time by the book's layers at the cells' starting
 * values: the composite L = (x² + 1)³ at the composite-chain cell's x, the multiply node at the
 * apple-node cell's inputs, and the branch L = y·x + x·z at `BRANCH_LEAVES`. The shopping walk's
 * numbers come from `./shopping`.
 */
import { AddLayer, MulLayer, formatNumber, numericalDerivative } from '../../core/index';
import { BRANCH_LEAVES, branchGraph, contributions, evaluate } from '../../core/graph/index';
import type { CellSpec } from '../../render/kit/types';
import compositeChain from '../../render/cells/composite-chain';
import appleNode from '../../render/cells/apple-node';
import { inlineMath } from './math';

const f = formatNumber;

/** A cell's starting value of field `name`. */
function initial(spec: CellSpec<unknown>, name: string): number {
  const field = spec.fields.find((x) => x.name === name);
  if (field?.kind !== 'scalar') throw new Error(`${spec.kind} has no scalar field "${name}"`);
  return field.initial;
}

/** L = (x² + 1)³ through a square, an add and a cube node, forward and backward. */
function composite(x: number) {
  const square = new MulLayer();
  const plus = new AddLayer();
  const [cube1, cube2] = [new MulLayer(), new MulLayer()];
  const t = square.forward(x, x);
  const u = plus.forward(t, 1);
  const L = cube2.forward(cube1.forward(u, u), u);
  // u is used three times: its gradient is the sum of the three, 3u².
  const [dSquare, du1] = cube2.backward(1);
  const [du2, du3] = cube1.backward(dSquare);
  const du = du1 + du2 + du3;
  const [dt] = plus.backward(du);
  const [dxa, dxb] = square.backward(dt);
  return { t, u, L, du, dt, dx: dxa + dxb, localT: 2 * x };
}

export function chainRule() {
  const x = initial(compositeChain as CellSpec<unknown>, 'x');
  const c = composite(x);
  const h = 0.001;
  const numerical = numericalDerivative((v) => composite(v).L, x, h);
  const mulX = initial(appleNode as CellSpec<unknown>, 'x');
  const mulY = initial(appleNode as CellSpec<unknown>, 'y');
  const mulDout = initial(appleNode as CellSpec<unknown>, 'dout');
  const mul = new MulLayer();
  mul.forward(mulX, mulY);
  const [mdx, mdy] = mul.backward(mulDout);
  const branch = evaluate(branchGraph(), BRANCH_LEAVES);
  const [path1, path2] = contributions(branch, 'x').map((e) => e.grad);
  const m = inlineMath;
  return {
    x: f(x),
    t: m(`t = ${f(c.t)}`),
    u: m(`u = ${f(c.u)}`),
    L: m(`L = ${f(c.L)}`),
    /** The table's rows: the local derivatives at x and upstream × local. */
    table: {
      cubeLocal: m(f(c.du)),
      cube: m(`1 \\times ${f(c.du)} = ${f(c.du)}`),
      addLocal: m(f(c.dt / c.du)),
      add: m(`${f(c.du)} \\times ${f(c.dt / c.du)} = ${f(c.dt)}`),
      squareLocal: m(f(c.localT)),
      square: m(`${f(c.dt)} \\times ${f(c.localT)} = ${f(c.dx)}`),
    },
    dx: m(`\\frac{\\partial L}{\\partial x} = ${f(c.dx)}`),
    /** The central difference, with the digits that show its error. */
    numerical: m(
      `\\bigl(L(${f(x + h)}) - L(${f(x - h)})\\bigr) / ${f(2 * h)} \\approx ${Number(numerical.toPrecision(7))}`,
    ),
    /** The multiply node cell at its start: dx = dout · y, dy = dout · x. */
    mulDx: m(`dx = ${f(mulDout)} \\times ${f(mulY)} = ${f(mdx)}`),
    mulDy: m(`dy = ${f(mulDout)} \\times ${f(mulX)} = ${f(mdy)}`),
    /** The branch cell at its start: what each path sends to x, and their sum. */
    path1: f(path1!),
    path2: f(path2!),
    branchDx: f(branch.grads.get('x')!),
  };
}
