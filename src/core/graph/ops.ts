/**
 * Each operation's forward formula with its local derivatives beside it, as micrograd does.
 * `local(xs, z)` returns ∂z/∂xᵢ for every input, given the inputs and the node's own output.
 */
import { formatNumber } from '../format-number';
import type { OpKind } from './types';

export interface OpRule {
  /** The symbol drawn in the node's circle. */
  readonly symbol: string;
  /** For developers' error messages (readers get the catalogue's `graph.op.*` words). */
  readonly name: string;
  /** How many inputs the node takes; `undefined` means two or more. */
  readonly arity?: number;
  forward(xs: readonly number[]): number;
  local(xs: readonly number[], z: number): number[];
  /**
   * The local derivative as a formula, for the step-backward panel, written with the nodes'
   * own names (`names.inputs`, `names.output`): a cell's inputs may themselves be called x or
   * y, so a generic "∂z/∂x" would clash with them.
   */
  explain(xs: readonly number[], z: number, names: OpNames): string;
}

/** The names a graph gives a node's inputs and the node itself. */
export interface OpNames {
  readonly inputs: readonly string[];
  readonly output: string;
}

/** A name inside a formula: anything but one plain word is bracketed ("∂(apple price)", "∂(−x)"). */
const n = (name: string): string => (/^[\p{L}\p{N}_]+$/u.test(name) ? name : `(${name})`);
/** "∂out/∂in" for the k-th input. */
const d = (names: OpNames, k: number): string => `∂${n(names.output)}/∂${n(names.inputs[k] ?? '')}`;
/** "∂z/∂x₁ = ∂z/∂x₂ = …" over every input. */
const dAll = (names: OpNames): string => names.inputs.map((_, k) => d(names, k)).join(' = ');

export const OPS: Readonly<Record<OpKind, OpRule>> = {
  add: {
    symbol: '+',
    name: 'add',
    forward: (xs) => xs.reduce((a, b) => a + b, 0),
    // z = x + y: ∂z/∂x = 1, ∂z/∂y = 1 — an add node passes the gradient on unchanged.
    local: (xs) => xs.map(() => 1),
    explain: (_xs, _z, m) => `${dAll(m)} = 1`,
  },
  mul: {
    symbol: '×',
    name: 'multiply',
    arity: 2,
    forward: (xs) => xs[0]! * xs[1]!,
    // z = x · y: ∂z/∂x = y, ∂z/∂y = x — each input gets the other one.
    local: (xs) => [xs[1]!, xs[0]!],
    explain: (xs, _z, m) =>
      `${d(m, 0)} = ${m.inputs[1]} = ${short(xs[1]!)}, ${d(m, 1)} = ${m.inputs[0]} = ${short(xs[0]!)}`,
  },
  neg: {
    symbol: '×(−1)',
    name: 'times minus one',
    arity: 1,
    forward: (xs) => -xs[0]!,
    // z = −x: ∂z/∂x = −1
    local: () => [-1],
    explain: (_xs, _z, m) => `${d(m, 0)} = −1`,
  },
  exp: {
    symbol: 'exp',
    name: 'exponential',
    arity: 1,
    forward: (xs) => Math.exp(xs[0]!),
    // z = eˣ: ∂z/∂x = eˣ = z — the node reuses its own output.
    local: (_xs, z) => [z],
    explain: (_xs, z, m) => `${d(m, 0)} = exp(${m.inputs[0]}) = ${short(z)}`,
  },
  add1: {
    symbol: '+1',
    name: 'plus one',
    arity: 1,
    forward: (xs) => xs[0]! + 1,
    // z = x + 1: ∂z/∂x = 1
    local: () => [1],
    explain: (_xs, _z, m) => `${d(m, 0)} = 1`,
  },
  recip: {
    symbol: '1/x',
    name: 'reciprocal',
    arity: 1,
    forward: (xs) => 1 / xs[0]!,
    // z = 1/x: ∂z/∂x = −1/x² = −z²
    local: (_xs, z) => [-z * z],
    explain: (_xs, z, m) =>
      `${d(m, 0)} = −1/${n(m.inputs[0]!)}² = −${n(m.output)}² = ${short(-z * z)}`,
  },
  sum: {
    symbol: 'Σ',
    name: 'sum',
    forward: (xs) => xs.reduce((a, b) => a + b, 0),
    // z = x₁ + … + xₙ: ∂z/∂xᵢ = 1 — like add, for any number of inputs.
    local: (xs) => xs.map(() => 1),
    explain: (_xs, _z, m) => `${dAll(m)} = 1`,
  },
  div: {
    symbol: '÷',
    name: 'divide',
    arity: 2,
    forward: (xs) => xs[0]! / xs[1]!,
    // z = x / y: ∂z/∂x = 1/y, ∂z/∂y = −x/y² = −z/y
    local: (xs, z) => [1 / xs[1]!, -z / xs[1]!],
    explain: (xs, z, m) =>
      `${d(m, 0)} = 1/${n(m.inputs[1]!)} = ${short(1 / xs[1]!)}, ` +
      `${d(m, 1)} = −${n(m.output)}/${n(m.inputs[1]!)} = ${short(-z / xs[1]!)}`,
  },
  log: {
    symbol: 'log',
    name: 'natural log',
    arity: 1,
    forward: (xs) => Math.log(xs[0]!),
    // z = log x: ∂z/∂x = 1/x
    local: (xs) => [1 / xs[0]!],
    explain: (xs, _z, m) => `${d(m, 0)} = 1/${n(m.inputs[0]!)} = ${short(1 / xs[0]!)}`,
  },
};

/** Numbers in the step-backward text, formatted as everywhere else in the book. */
export const short = formatNumber;
