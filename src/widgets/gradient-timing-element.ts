/**
 * `<bp-gradient-timing>`: times a numerical gradient against backpropagation in the reader's
 * browser, on a network sized from the parameter count typed into chapter 1's cost cell.
 * The layers and the timing code load only when the reader asks for a timing. Its status words
 * come from the catalogue at build time, in the element's data-msg-* attributes. This module is
 * itself loaded when the panel comes near the viewport (gradient-timing-loader.ts).
 */
import { MAX_TIMED_PARAMETERS } from '../core/cost-model';
import { parseNumber } from '../render/kit/parse-number';
import { fieldId } from '../render/kit/fields-html';
import type { GradientTiming } from '../render/timing/time-gradients';

/** Times in a worker, so the page stays responsive; rejects when workers are unavailable. */
function timeInWorker(parameters: number): Promise<GradientTiming> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./timing-worker.ts', import.meta.url), { type: 'module' });
    const done = (): void => worker.terminate();
    worker.onmessage = (e: MessageEvent<{ ok: boolean; timing?: GradientTiming }>) => {
      done();
      if (e.data.ok && e.data.timing) resolve(e.data.timing);
      else reject(new Error('timing failed'));
    };
    worker.onerror = () => {
      done();
      reject(new Error('timing worker failed'));
    };
    worker.postMessage(parameters);
  });
}

class GradientTimingElement extends HTMLElement {
  /** The count the result on screen was timed for, once a timing has run. */
  #timedFor: number | undefined;

  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button || button.dataset['ready']) return;
    button.dataset['ready'] = 'yes';
    button.hidden = false;
    this.querySelector<HTMLElement>('[data-needs-js]')?.setAttribute('hidden', '');
    button.addEventListener('click', () => void this.run(button));
    // Like a cell: when the count it was timed for no longer reads, the result is marked stale.
    const cell = document.getElementById(this.dataset['cell'] ?? '');
    cell?.addEventListener('input', () => this.markStale());
  }

  /**
   * Marks the result stale (class and a visible note, as cells do) while the count above does
   * not read as a whole number of parameters; clears the marks when it does again.
   */
  private markStale(): void {
    const output = this.querySelector<HTMLElement>('[data-output]');
    const note = this.querySelector<HTMLElement>('[data-stale-note]');
    if (!output || !note || this.#timedFor === undefined) return;
    const stale = this.parameters() === undefined;
    this.classList.toggle('bp-stale', stale);
    note.hidden = !stale;
  }

  /** The parameter count currently typed into the cost cell, if it reads as one. */
  private parameters(): number | undefined {
    const cell = this.dataset['cell'] ?? '';
    const input = document.getElementById(fieldId(cell, 'parameters'));
    const parsed = parseNumber(input instanceof HTMLInputElement ? input.value : '');
    return parsed.ok && Number.isInteger(parsed.value) && parsed.value >= 1
      ? parsed.value
      : undefined;
  }

  private async run(button: HTMLButtonElement): Promise<void> {
    const status = this.querySelector('[role="status"]');
    const output = this.querySelector('[data-output]');
    if (!status || !output) return;
    const parameters = this.parameters();
    if (parameters === undefined) {
      status.textContent = this.dataset['msgNeedParameters'] ?? '';
      return;
    }
    const label = button.textContent;
    button.disabled = true;
    button.textContent = this.dataset['msgRunning'] ?? '';
    status.textContent = this.dataset['msgBusy'] ?? '';
    try {
      const view = await import('../render/timing/gradient-timing-result');
      const capped = this.querySelector<HTMLElement>('[data-capped]');
      if (capped) capped.hidden = parameters <= MAX_TIMED_PARAMETERS;
      const timing = await timeInWorker(parameters).catch(() => this.onMainThread(parameters));
      output.innerHTML = view.timingResultHtml(timing);
      status.textContent = view.timingAnnouncement(timing);
      this.#timedFor = parameters;
      this.markStale();
    } catch {
      status.textContent = this.dataset['msgFailed'] ?? '';
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  }
  /** Without workers (very old browsers): time on the main thread, after the status paints. */
  private async onMainThread(parameters: number): Promise<GradientTiming> {
    const [{ timeGradients }, { timingNetFor }] = await Promise.all([
      import('../render/timing/time-gradients'),
      import('../core/cost-model'),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return timeGradients(timingNetFor(parameters), () => performance.now());
  }
}

if (!customElements.get('bp-gradient-timing')) {
  customElements.define('bp-gradient-timing', GradientTimingElement);
}
