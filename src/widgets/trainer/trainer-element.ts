/**
 * `<bp-trainer>`: chapter 7's live training. The worker (./train-worker.ts) trains; this element
 * reads the settings, sends Train / Pause / One step / Reset, and draws the worker's summaries
 * once per animation frame at most. A change of setting starts a fresh network at step 0.
 * After each summary it dispatches `bp-trainer-params` (bubbling) with the network's parameters
 * as plain arrays and the data set, for figures outside it (the digits drawing pad).
 */
import type { DatasetName, TrainSettings } from '../../core/net/training';
import { t } from '../../messages';
import { loadWords } from '../load-words';
import { TrainerControls, type Defaults } from './controls';
import type { FromWorker, ToWorker } from './protocol';
import { applyUpdate, diverging, startRun, type RunState } from './run-state';
import { formatNumber } from '../../core/format-number';
import { renderFigures, renderStats, statTexts } from './trainer-view';
import { TrainerInspector } from './trainer-inspector';
import { SETTING_NAMES } from './settings';

/** While training, the progress is announced at most this often (ms). */
const ANNOUNCE_EVERY = 5000;

type Action = 'train' | 'pause' | 'step' | 'reset';

class TrainerElement extends HTMLElement {
  #worker: Worker | undefined;
  #controls!: TrainerControls;
  #inspector!: TrainerInspector;
  #run: RunState | undefined;
  /** The settings the worker's network was made with. */
  #applied: string | undefined;
  #frame = 0;
  #lastAnnounce = 0;
  #started = false;
  /** Set by Pause and One step: the next paused summary is announced. */
  #askedToStop = false;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    void this.start();
  }

  disconnectedCallback(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#started = false;
  }

  private async start(): Promise<void> {
    await loadWords(['trainer', 'network']);
    this.#controls = new TrainerControls(this, this.id);
    this.#inspector = new TrainerInspector(this);
    this.wire();
    try {
      this.#worker = new Worker(new URL('./train-worker.ts', import.meta.url), { type: 'module' });
      this.#worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
      this.#worker.onerror = () => this.problem(t('trainer.workerFailed'));
    } catch {
      this.problem(t('trainer.workerFailed'));
      return;
    }
    this.apply();
    this.classList.add('bp-upgraded');
    const pending = this.dataset['pending'] as Action | undefined;
    delete this.dataset['pending'];
    if (pending) this.act(pending);
  }

  private wire(): void {
    const form = this.querySelector('form');
    form?.addEventListener('submit', (e) => {
      e.preventDefault();
      this.apply();
    });
    this.#controls.select?.addEventListener('change', () => {
      const defaults = JSON.parse(this.dataset['defaults'] ?? '{}') as Defaults;
      const values = defaults[this.#controls.dataset()];
      if (values) this.#controls.fill(values);
      this.apply();
    });
    for (const name of SETTING_NAMES) {
      const input = this.querySelector<HTMLInputElement>(`#${this.id}-${name}`);
      input?.addEventListener('input', () => this.#controls.check(name, this.trainSize()));
      input?.addEventListener('change', () => this.apply());
    }
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLElement>('[data-action]');
      if (button) this.act(button.dataset['action'] as Action);
    });
  }

  /** The training-set size of the selected data set (known at build time). */
  private trainSize(): number | undefined {
    const sizes = JSON.parse(this.dataset['trainSizes'] ?? '{}') as Record<string, number>;
    return sizes[this.#controls.dataset()];
  }

  /** The settings as typed, when they all read (else the fields say why). */
  private settings(): { dataset: DatasetName; settings: TrainSettings } | undefined {
    const settings = this.#controls.read(this.trainSize());
    return settings && { dataset: this.#controls.dataset(), settings };
  }

  /** A fresh network when the settings read and differ from the worker's (or when `force`). */
  private apply(force = false): boolean {
    const wanted = this.settings();
    if (!wanted) {
      if (this.#run) this.say(t('trainer.staleNote'));
      return false;
    }
    const key = JSON.stringify(wanted);
    if (force || key !== this.#applied) {
      this.#applied = key;
      this.post({ type: 'reset', ...wanted });
    }
    return true;
  }

  private act(action: Action): void {
    if (!this.#worker) return;
    if (action === 'reset') {
      if (this.apply(true)) this.#inspector.clear();
      return;
    }
    if (action === 'train' || action === 'step') {
      if (!this.apply()) {
        this.#controls.firstInvalid()?.focus();
        return;
      }
      if (this.#run?.diverged !== undefined) {
        this.say(t('trainer.diverged', { step: String(this.#run.diverged) }));
        return;
      }
    }
    if (action === 'pause' || action === 'step') this.#askedToStop = true;
    this.post({ type: action });
  }

  private post(message: ToWorker): void {
    this.#worker?.postMessage(message);
  }

  private receive(m: FromWorker): void {
    switch (m.type) {
      case 'ready':
        this.#run = startRun(m);
        this.problem('');
        this.querySelector<HTMLElement>('[data-inspector]')?.removeAttribute('hidden');
        this.say(t('trainer.announceReset', { dataset: t(`trainer.dataset.${m.dataset}`) }));
        return;
      case 'update': {
        const run = this.#run;
        if (!run) return;
        const wasRunning = run.running;
        applyUpdate(run, m);
        if (m.params) {
          const detail = { params: m.params, dataset: run.ready.dataset, steps: m.steps };
          this.dispatchEvent(new CustomEvent('bp-trainer-params', { bubbles: true, detail }));
        }
        this.announce(wasRunning);
        this.draw();
        return;
      }
      case 'inspect':
        this.#inspector.show(m.step);
        return;
      case 'failed':
        this.problem(t(m.reason === 'data' ? 'trainer.dataFailed' : 'trainer.workerFailed'));
    }
  }

  /** Polite progress: on pause and divergence, and every few seconds while training. */
  private announce(wasRunning: boolean): void {
    const run = this.#run!;
    const s = statTexts(run);
    const now = performance.now();
    const growing = diverging(run);
    const warning = growing
      ? t('trainer.diverging', { from: formatNumber(growing.from), to: formatNumber(growing.to) })
      : '';
    if (run.diverged !== undefined) {
      const message = t('trainer.diverged', { step: String(run.diverged) });
      this.problem(message);
      this.say(message);
      return;
    }
    // Said once when it starts; shown for as long as it lasts.
    const wasWarning = !this.querySelector<HTMLElement>('[data-problem]')?.hidden;
    this.problem(warning);
    if (warning && !wasWarning) {
      this.say(warning);
    } else if (!run.running) {
      if (wasRunning || this.#askedToStop) this.say(t('trainer.announcePaused', s));
      this.#askedToStop = false;
    } else if (!wasRunning || now - this.#lastAnnounce > ANNOUNCE_EVERY) {
      this.#lastAnnounce = now;
      this.say(t('trainer.announceRunning', s));
    }
  }

  /** Redraws on the next frame (once, however many summaries arrived). */
  private draw(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (!this.#run) return;
      renderStats(this, this.#run);
      renderFigures(this, this.#run);
      this.classList.toggle('bp-trainer--running', this.#run.running);
    });
  }

  private say(text: string): void {
    const status = this.querySelector('[data-status]');
    if (status && status.textContent !== text) status.textContent = text;
  }

  private problem(text: string): void {
    const p = this.querySelector<HTMLElement>('[data-problem]');
    if (!p) return;
    p.textContent = text;
    p.hidden = text === '';
  }
}

if (!customElements.get('bp-trainer')) customElements.define('bp-trainer', TrainerElement);
