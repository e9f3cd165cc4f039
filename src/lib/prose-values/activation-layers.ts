/**
 * Chapter 5's worked numbers, computed at build time by core at the cells' starting values: the
 * ReLU layer on the relu cell's x and dout, and the sigmoid at the sigmoid cell's x and dout,
 * node by node through core's sigmoid graph and in one step through the Sigmoid layer.
 */
import { Matrix, Relu, Sigmoid, formatNumber } from '../../core/index';
import { evaluate, sigmoidGraph } from '../../core/graph/index';
import type { CellSpec } from '../../render/kit/types';
import reluSpec from '../../render/cells/relu';
import sigmoidSpec from '../../render/cells/sigmoid';
import { inlineMath, texMatrix } from './math';

const f = formatNumber;

/** A cell's starting value of field `name`: a number or a matrix. */
function initial(spec: CellSpec<unknown>, name: string) {
  const field = spec.fields.find((x) => x.name === name);
  if (field?.kind === 'scalar') return field.initial;
  if (field?.kind === 'matrix') return field.initial;
  throw new Error(`${spec.kind} has no number or matrix field "${name}"`);
}

function scalar(spec: CellSpec<unknown>, name: string): number {
  const v = initial(spec, name);
  if (typeof v !== 'number') throw new Error(`${spec.kind}.${name} is not a number`);
  return v;
}

function matrix(spec: CellSpec<unknown>, name: string): Matrix {
  const v = initial(spec, name);
  if (typeof v === 'number') throw new Error(`${spec.kind}.${name} is not a matrix`);
  return Matrix.from(v.map((row) => [...row]));
}

export function activationLayers() {
  const reluX = matrix(reluSpec as CellSpec<unknown>, 'x');
  const reluDout = matrix(reluSpec as CellSpec<unknown>, 'dout');
  const relu = new Relu();
  relu.forward(reluX);
  const reluDx = relu.backward(reluDout);

  const x = scalar(sigmoidSpec as CellSpec<unknown>, 'x');
  const dout = scalar(sigmoidSpec as CellSpec<unknown>, 'dout');
  const e = evaluate(sigmoidGraph(), { x }, dout);
  const val = (id: string) => e.values.get(id)!;
  const grad = (id: string) => e.grads.get(id)!;
  const layer = new Sigmoid();
  const y = layer.forward(Matrix.from([[x]])).get(0, 0);
  const m = inlineMath;
  return {
    relu: {
      x: m(`x = ${texMatrix(reluX)}`),
      dout: m(texMatrix(reluDout)),
      dx: m(texMatrix(reluDx)),
    },
    sigmoid: {
      x: m(`x = ${f(x)}`),
      dout: m(`\\text{dout} = ${f(dout)}`),
      /** ④: y, and what the 1/x node sends back, dout · (−y²). */
      y: m(`y = ${f(val('y'))}`),
      dDenominator: m(`\\text{dout} \\cdot (-y^2) = ${f(grad('denominator'))}`),
      /** ③ passes it through. */
      dExp: m(f(grad('expNegX'))),
      /** ②: its own output, e^{−x}, and the gradient times it. */
      exp: m(`b = e^{${f(-x)}} = ${f(val('expNegX'))}`),
      dNeg: m(`${f(grad('expNegX'))} \\times ${f(val('expNegX'))} = ${f(grad('negX'))}`),
      /** ①: the gradient that reaches x. */
      dx: m(f(grad('x'))),
      /** The one-step form dout · y(1 − y), from the Sigmoid layer. */
      atX: m(`x = ${f(x)}`),
      tidy: m(
        `${f(y)} \\times (1 - ${f(y)}) = ${f(layer.backward(Matrix.from([[dout]])).get(0, 0))}`,
      ),
    },
  };
}
