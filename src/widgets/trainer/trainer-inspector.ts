/**
 * The trainer's "look inside one step" panel: the last step's heatmaps, or the same numbers as
 * tables when the reader asks (rendered only then: a digits W1 is 3 200 numbers).
 */
import { t } from '../../messages';
import {
  stepInspectorHtml,
  stepTablesHtml,
  type InspectedStep,
} from '../../render/capstone/step-inspector';

export class TrainerInspector {
  #step: InspectedStep | undefined;
  #tables = false;

  constructor(private readonly root: HTMLElement) {
    this.toggle?.addEventListener('click', () => {
      this.#tables = !this.#tables;
      this.render();
    });
  }

  private get toggle(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('[data-inspector-toggle]');
  }

  show(step: InspectedStep): void {
    this.#step = step;
    this.render();
  }

  clear(): void {
    this.#step = undefined;
    this.render();
  }

  private render(): void {
    const body = this.root.querySelector('[data-inspector-body]');
    const hint = this.root.querySelector<HTMLElement>('[data-inspector-hint]');
    const toggle = this.toggle;
    if (!body || !hint || !toggle) return;
    const step = this.#step;
    hint.hidden = step !== undefined;
    toggle.hidden = step === undefined;
    toggle.textContent = t(this.#tables ? 'trainer.hideTable' : 'trainer.showTable');
    body.innerHTML = !step ? '' : this.#tables ? stepTablesHtml(step) : stepInspectorHtml(step);
  }
}
