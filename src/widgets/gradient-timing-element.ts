/**
 * `<bp-gradient-timing>`: times a numerical gradient against backpropagation in the reader's
 * browser, on a network sized from the parameter count typed into chapter 1's cost cell.
 * The layers and the timing code load only when the reader asks for a timing. Its status words
 * come from the catalogue at build time, in the element's data-msg-* attributes. This module is
 * itself loaded when the panel comes near the viewport (gradient-timing-loader.ts).
 */
import { timingNetFor } from '../core/cost-model';
import { parseNumber } from '../render/kit/parse-number';
import { fieldId } from '../render/kit/fields-html';

class GradientTimingElement extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button || button.dataset['ready']) return;
    button.dataset['ready'] = 'yes';
    button.hidden = false;
    this.querySelector<HTMLElement>('[data-needs-js]')?.setAttribute('hidden', '');
    button.addEventListener('click', () => void this.run(button));
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
      const [{ timeGradients }, view] = await Promise.all([
        import('../render/timing/time-gradients'),
        import('../render/timing/gradient-timing-result'),
      ]);
      // Let the "Timing…" message paint before the main thread is busy.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const timing = timeGradients(timingNetFor(parameters), () => performance.now());
      output.innerHTML = view.timingResultHtml(timing);
      status.textContent = view.timingAnnouncement(timing);
    } catch {
      status.textContent = this.dataset['msgFailed'] ?? '';
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  }
}

if (!customElements.get('bp-gradient-timing')) {
  customElements.define('bp-gradient-timing', GradientTimingElement);
}
