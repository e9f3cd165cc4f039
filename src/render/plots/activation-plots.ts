/**
 * The four plots of the activation chapter: σ and σ′ over [−8, 8], ReLU and its derivative
 * over [−4, 4]. Plain data (frames and labels) that both the build-time renderer and the
 * browser's marker script read, so the curve and the marker use the same numbers.
 */
import type { MessageKey } from '../../messages';
import type { PlotFrame } from './plot-frame';

export type ActivationPlotId = 'sigmoid' | 'sigmoid-prime' | 'relu' | 'relu-prime';

export interface ActivationPlot {
  readonly id: ActivationPlotId;
  /** What the figure shows, as the caption names it: a catalogue key. */
  readonly title: MessageKey;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly frame: PlotFrame;
}

const box = { width: 320, height: 200, marginTop: 22, marginRight: 14, marginBottom: 34 };

export const ACTIVATION_PLOTS: Readonly<Record<ActivationPlotId, ActivationPlot>> = {
  sigmoid: {
    id: 'sigmoid',
    title: 'plots.sigmoidTitle',
    xLabel: 'x',
    yLabel: 'σ(x)',
    frame: { ...box, marginLeft: 38, xDomain: [-8, 8], yDomain: [-0.05, 1.05] },
  },
  'sigmoid-prime': {
    id: 'sigmoid-prime',
    title: 'plots.sigmoidPrimeTitle',
    xLabel: 'x',
    yLabel: 'σ′(x)',
    frame: { ...box, marginLeft: 44, xDomain: [-8, 8], yDomain: [-0.0125, 0.2625] },
  },
  relu: {
    id: 'relu',
    title: 'plots.reluTitle',
    xLabel: 'x',
    yLabel: 'ReLU(x)',
    frame: { ...box, marginLeft: 38, xDomain: [-4, 4], yDomain: [-0.5, 4] },
  },
  'relu-prime': {
    id: 'relu-prime',
    title: 'plots.reluPrimeTitle',
    xLabel: 'x',
    yLabel: 'ReLU′(x)',
    frame: { ...box, marginLeft: 38, xDomain: [-4, 4], yDomain: [-0.15, 1.15] },
  },
};
