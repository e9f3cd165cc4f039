/**
 * Paints a run into the trainer: at most once per animation frame while it trains, and at once
 * when it stops (so the step on screen is the step a pause is announced at). Until the reader's
 * own run takes a step, Resets or changes a setting, the build-time run's figures and caption
 * stay: the worker's fresh network at step 0 has nothing better to show.
 */
import type { RunState } from './run-state';
import { renderDigits, renderFigures, renderStats } from './trainer-view';

/** While training, the curves are redrawn at most this often (ms); the step count every frame. */
const FIGURES_EVERY_MS = 100;

export class RunPainter {
  #frame = 0;
  /** The full summary last drawn: regions and digits redraw only when a newer one came. */
  #drawn: unknown;
  /** When the curves were last drawn (performance.now()). */
  #figuresAt = 0;
  /** The build-time run is on show (see above). */
  #built: boolean;
  /** Off screen, the figures wait (a reader typing elsewhere pays nothing for them). */
  visible = true;

  constructor(private readonly root: HTMLElement) {
    this.#built = root.querySelector('[data-built-note]') !== null;
  }

  /** The figures shown are no longer the build-time run's (next paint takes them down). */
  forgetBuilt(): void {
    this.#built = false;
  }

  /** Paints on the next frame (once, however many summaries arrived). */
  paint(run: RunState): void {
    if (this.#frame || !this.visible) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.render(run);
    });
  }

  /** Paints at once (the frame already asked for, if any, is not needed). */
  paintNow(run: RunState): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.render(run);
  }

  private render(run: RunState): void {
    if (this.#built && run.steps === 0) return;
    this.#built = false;
    this.root.querySelector('[data-built-note]')?.setAttribute('hidden', '');
    renderStats(this.root, run);
    const fresh = run.latest !== this.#drawn;
    this.#drawn = run.latest;
    const now = performance.now();
    if (fresh || !run.running || now - this.#figuresAt >= FIGURES_EVERY_MS) {
      this.#figuresAt = now;
      renderFigures(this.root, run, fresh);
    }
    if (fresh) renderDigits(this.root, run);
    this.root.classList.toggle('bp-trainer--running', run.running);
  }
}
