/**
 * Moves the plot markers when their cell recomputes. The cell's outputs carry its inputs in
 * `data-plot-x`; we watch the outputs for changes, so this works for typing, Reset and a state
 * restored from a link alike, and an invalid edit (outputs untouched) leaves the markers on the
 * last good result, like the numbers. Loaded by plot-markers-loader.ts when the figure or its cell
 * comes near the viewport.
 */
import { ACTIVATION_PLOTS, type ActivationPlotId } from '../render/plots/activation-plots';
import { activationPoint, describeMarkers } from '../render/plots/activation-points';
import { markerCircles } from '../render/plots/plot-markers';

/** Makes this figure's markers follow its cell from now on (and shows the cell's inputs now). */
export function follow(figure: HTMLElement): void {
  const outputs = document
    .getElementById(figure.dataset['cell'] ?? '')
    ?.querySelector('.bp-outputs');
  if (!outputs) return;
  // The marker sentences, rendered at build time with an `{at}` slot (ActivationPlots.astro).
  const words = {
    one: figure.dataset['msgMarkerOne'] ?? '',
    many: figure.dataset['msgMarkerMany'] ?? '',
  };
  const update = (): void => {
    const text = outputs.querySelector<HTMLElement>('[data-plot-x]')?.dataset['plotX'];
    if (text === undefined) return;
    const xs = text.split(' ').map(Number).filter(Number.isFinite);
    for (const plot of figure.querySelectorAll<HTMLElement>('[data-plot]')) {
      const id = plot.dataset['plot'] as ActivationPlotId;
      const { frame } = ACTIVATION_PLOTS[id];
      const group = plot.querySelector('.bp-plot-markers');
      if (group)
        group.innerHTML = markerCircles(
          frame,
          xs.map((x) => ({ x, y: activationPoint(id, x) })),
        );
      const where = plot.querySelector('.bp-act-plot-where');
      if (where) where.textContent = describeMarkers(id, xs, words);
    }
  };
  // The cell may replace its outputs or patch them in place (only what changed): either way
  // a new set of inputs shows up as a new or changed `data-plot-x`.
  new MutationObserver(update).observe(outputs, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-plot-x'],
  });
  update();
}
