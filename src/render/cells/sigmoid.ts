/**
 * The sigmoid cell: a reader-chosen x and upstream gradient dout, run through the four
 * primitive nodes (×(−1), exp, +1, 1/x) and through the `Sigmoid` layer's one-line backward,
 * with a central-difference check. The graph is the primitive one, stepped backward node by node.
 */
import { Matrix, Sigmoid, gradientCheck } from '../../core/index';
import { evaluate, sigmoidGraph, type Evaluation } from '../../core/graph/index';
import type { CellSpec, CellValues } from '../kit/types';
import { t } from '../../messages';
import { escapeHtml } from '../html/escape';
import { formatNumber } from '../../core/format-number';
import { numberHtml } from '../html/number-html';
import { graphView } from '../graph/to-view';
import { checkOutcome, verdict, type CheckOutcome } from '../activation/gradient-check';
import { plotX, resultGroup } from '../activation/result-html';

const H = 1e-5;

export interface SigmoidResult {
  readonly x: number;
  readonly dout: number;
  /** The layer's forward output σ(x). */
  readonly y: number;
  /** The layer's backward: dout · y(1 − y). */
  readonly dx: number;
  /** ∂L/∂x through the four primitive nodes (NaN when exp(−x) overflows). */
  readonly dxNodes: number;
  /** exp(−x) from the graph, which overflows to Infinity for x below about −709.78. */
  readonly expNegX: number;
  /** Central difference of L = dout · σ(x). */
  readonly numeric: number;
  readonly error: number;
  /** The book's one check rule, allowing for the estimate's own rounding noise. */
  readonly outcome: CheckOutcome;
  /** `outcome === 'agree'`. */
  readonly agree: boolean;
  readonly evaluation: Evaluation;
}

const outcomeOf = (...args: Parameters<typeof checkOutcome>) => {
  const outcome = checkOutcome(...args);
  return { outcome, agree: outcome === 'agree' };
};

const num = (values: CellValues, name: string): number => values[name] as number;

export const sigmoidSpec: CellSpec<SigmoidResult> = {
  kind: 'sigmoid',
  areas: ['activation'],
  fields: [
    { kind: 'scalar', name: 'x', label: 'activation.inputX', initial: 1, step: 0.5 },
    { kind: 'scalar', name: 'dout', label: 'activation.upstreamDout', initial: 1, step: 0.5 },
  ],

  compute(values) {
    const x = num(values, 'x');
    const dout = num(values, 'dout');
    const layer = new Sigmoid();
    const y = layer.forward(Matrix.from([[x]])).get(0, 0);
    const dx = layer.backward(Matrix.from([[dout]])).get(0, 0);
    const evaluation = evaluate(sigmoidGraph(), { x }, dout);
    const loss = ({ x: m }: Readonly<Record<string, Matrix>>): number =>
      dout * new Sigmoid().forward(m!).get(0, 0);
    const report = gradientCheck(loss, { x: Matrix.from([[x]]) }, { x: Matrix.from([[dx]]) }, H);
    const numeric = report.parameters[0]!.numerical.get(0, 0);
    return {
      x,
      dout,
      y,
      dx,
      dxNodes: evaluation.grads.get('x')!,
      expNegX: evaluation.values.get('expNegX')!,
      numeric,
      error: report.maxRelativeError,
      ...outcomeOf([dx], [numeric], report.maxRelativeError, 1e-9 * Math.abs(dout) + 1e-300),
      evaluation,
    };
  },

  // The primitive route may overflow (exp(−x) past x ≈ −709.78): the cell shows that in words,
  // in the results and on the graph. The layer's route must stay finite.
  guarded: (r) => [r.x, r.dout, r.y, r.dx, r.numeric, r.error],

  renderResult(r) {
    const row = (label: string, value: string): string =>
      `<tr><th scope="row">${escapeHtml(label)}</th><td>${value}</td></tr>`;
    const table = (caption: string, rows: string): string =>
      `<table class="bp-result"><caption>${escapeHtml(caption)}</caption><tbody>${rows}</tbody></table>`;
    const nodes = Number.isFinite(r.dxNodes)
      ? numberHtml(r.dxNodes)
      : `<span class="bp-act-flag">${escapeHtml(t('activation.sigmoidOverflow'))}</span>`;
    const forward = resultGroup(
      'forward',
      t('kit.forward'),
      table(t('activation.sigmoidOutput'), row('y = σ(x)', numberHtml(r.y))),
    );
    const backward = resultGroup(
      'backward',
      t('kit.backward'),
      table(
        t('activation.sigmoidTwoRoutes'),
        row(t('activation.sigmoidThroughNodes'), nodes) + row('dout · y(1 − y)', numberHtml(r.dx)),
      ),
    );
    const check = resultGroup(
      'check',
      t('activation.check'),
      table(
        t('activation.sigmoidAgainstEstimate'),
        row(t('activation.sigmoidCentralDifference'), numberHtml(r.numeric)) +
          row(t('activation.relativeError'), numberHtml(r.error)),
      ) + `<p class="bp-act-verdict">${escapeHtml(verdict(r.outcome, 0))}</p>`,
    );
    return `<div class="bp-act-results" data-plot-x="${plotX([r.x])}">${forward}${backward}${check}</div>`;
  },

  announce(r) {
    const [y, dx] = [formatNumber(r.y), formatNumber(r.dx)];
    return Number.isFinite(r.dxNodes)
      ? t('activation.sigmoidAnnounce', { y, dx, nodes: formatNumber(r.dxNodes) })
      : t('activation.sigmoidAnnounceOverflow', { y, dx });
  },

  graph(r) {
    return graphView(sigmoidGraph(), r.evaluation, r.dout);
  },
};

export default sigmoidSpec;
