/**
 * Loads the plot markers' code when a plot figure, or the cell it follows, comes near the
 * viewport. The cell counts too: a reader who edits the cell and prints without scrolling to the
 * plots still gets markers at their values.
 */
import { whenNear } from './when-near';

for (const figure of document.querySelectorAll<HTMLElement>('[data-bp-plots]')) {
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    import('./plot-markers')
      .then((m) => m.follow(figure))
      .catch((error: unknown) => console.error('The plot markers failed to load', error));
  };
  whenNear(figure, start);
  const cell = document.getElementById(figure.dataset['cell'] ?? '');
  if (cell) whenNear(cell, start);
}
