/**
 * Where the reader's input lands on each activation plot, and how to say it in words. Tiny
 * on purpose (it imports only the layer's `sigmoid` and the cells' number format): the browser runs
 * this on every edit instead of loading the plotting library.
 */
import { formatNumber } from '../../core/format-number';
import { sigmoid } from '../../core/sigmoid';
import { fill } from '../../messages/fill';
import type { ActivationPlotId } from './activation-plots';

/** The curve's value at x: σ, σ′, ReLU or ReLU′ as the layer uses it (0 at the kink). */
export function activationPoint(id: ActivationPlotId, x: number): number {
  switch (id) {
    case 'sigmoid':
      return sigmoid(x);
    case 'sigmoid-prime': {
      const y = sigmoid(x);
      return y * (1 - y);
    }
    case 'relu':
      return x > 0 ? x : 0;
    case 'relu-prime':
      return x > 0 ? 1 : 0;
  }
}

const NAMES: Readonly<Record<ActivationPlotId, string>> = {
  sigmoid: 'σ(x)',
  'sigmoid-prime': 'σ′(x)',
  relu: 'ReLU(x)',
  'relu-prime': 'ReLU′(x)',
};

/**
 * The catalogue's sentences for one marker and for several, rendered with an `{at}` slot
 * (`t('plots.markerOne', { at: '{at}' })`): the browser fills them without loading the catalogue.
 */
export interface MarkerWords {
  readonly one: string;
  readonly many: string;
}

/** "Marker at x = 1, σ(x) = 0.731." — for the SVG's label and the caption. */
export function describeMarkers(
  id: ActivationPlotId,
  xs: readonly number[],
  words: MarkerWords,
): string {
  const at = xs.map((x) => `x = ${short(x)}, ${NAMES[id]} = ${short(activationPoint(id, x))}`);
  if (at.length === 0) return '';
  return at.length === 1
    ? fill(words.one, { at: at[0]! })
    : fill(words.many, { at: at.join('; ') });
}

function short(v: number): string {
  return formatNumber(v).replace('-', '−');
}
