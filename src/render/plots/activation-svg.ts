/**
 * Build time only: the activation plots as static SVG. The curves are sampled from the same
 * `Sigmoid` and `Relu` layers the cells run, so the picture is drawn by the code in the listings.
 */
import { Matrix, Relu, Sigmoid } from '../../core/index';
import { ACTIVATION_PLOTS, type ActivationPlotId } from './activation-plots';
import {
  renderFunctionPlot,
  type DataPoint,
  type FunctionPlotOptions,
} from './render-function-plot';
import { activationPoint, describeMarkers, type MarkerWords } from './activation-points';
import { t } from '../../messages';

/** Sample points of [a, b], both ends included; 0 is among them when n is even and a = −b. */
function samples([a, b]: readonly [number, number], n: number): number[] {
  return Array.from({ length: n + 1 }, (_, i) => a + ((b - a) * i) / n);
}

function curve(id: ActivationPlotId): Pick<FunctionPlotOptions, 'segments' | 'dots'> {
  const { frame } = ACTIVATION_PLOTS[id];
  if (id === 'sigmoid' || id === 'sigmoid-prime') {
    const xs = samples(frame.xDomain, 160);
    const layer = new Sigmoid();
    const y = layer.forward(Matrix.from([xs])).toArray()[0]!;
    // σ′ is the layer's backward with dout = 1: exactly what the cell computes.
    const dy = layer.backward(Matrix.from([xs.map(() => 1)])).toArray()[0]!;
    const ys = id === 'sigmoid' ? y : dy;
    return { segments: [xs.map((x, i) => ({ x, y: ys[i]! }))] };
  }
  const [a, b] = frame.xDomain;
  if (id === 'relu') {
    const xs = [a, 0, b];
    const ys = new Relu().forward(Matrix.from([xs])).toArray()[0]!;
    return { segments: [xs.map((x, i) => ({ x, y: ys[i]! }))] };
  }
  // ReLU′ jumps at 0. The layer's choice there (0) is the closed dot; the open dot is the limit
  // from the right, which the layer never returns.
  return {
    segments: [
      [
        { x: a, y: 0 },
        { x: 0, y: 0 },
      ],
      [
        { x: 0, y: 1 },
        { x: b, y: 1 },
      ],
    ],
    dots: [
      { x: 0, y: 0, open: false },
      { x: 0, y: 1, open: true },
    ],
  };
}

/** The marker sentences with an `{at}` slot, for `describeMarkers` here and in the browser. */
export function markerWords(): MarkerWords {
  return { one: t('plots.markerOne', { at: '{at}' }), many: t('plots.markerMany', { at: '{at}' }) };
}

/** The plot `id` as SVG markup, with a marker at each of the reader's inputs `xs`. */
export function activationPlotSvg(id: ActivationPlotId, xs: readonly number[]): string {
  const plot = ACTIVATION_PLOTS[id];
  const markers: DataPoint[] = xs.map((x) => ({ x, y: activationPoint(id, x) }));
  return renderFunctionPlot({
    frame: plot.frame,
    xLabel: plot.xLabel,
    yLabel: plot.yLabel,
    label: `${t('plots.label', { title: t(plot.title), from: plot.frame.xDomain[0], to: plot.frame.xDomain[1] })} ${describeMarkers(id, xs, markerWords())}`,
    ...curve(id),
    markers,
  });
}
