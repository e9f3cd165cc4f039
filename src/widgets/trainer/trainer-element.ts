/**
 * `<bp-trainer>`: chapter 7's live training. The worker (./train-worker.ts) trains; this element
 * reads the settings, sends Train / Pause / One step / Reset, and draws the worker's summaries
 * once per animation frame at most. A change of setting starts a fresh network at step 0.
 * After each summary it dispatches `bp-trainer-params` (bubbling) with the network's parameters
 * as plain arrays and the data set, for figures outside it (the digits drawing pad).
 */
import { t } from '../../messages';
import { loadWords } from '../load-words';
import { wakeControls } from '../wake-controls';
import liveCss from './trainer-live.css?inline';
import { TrainerControls } from './controls';
import type { FromWorker, ToWorker } from './protocol';
import { applyUpdate, startRun, type RunState } from './run-state';
import { progressWords } from './progress-words';
import { RunPainter } from './run-painter';
import { TrainerInspector } from './trainer-inspector';

type Action = 'train' | 'pause' | 'step' | 'reset';

/**
 * The styles of what only a script shows, added with the trainer rather than with the page:
 * a page (and /book/, which holds every chapter) pays for them only when a trainer loads.
 */
function addLiveStyles(): void {
  if (document.querySelector('style[data-bp-trainer]')) return;
  const style = document.createElement('style');
  style.dataset['bpTrainer'] = '';
  style.textContent = liveCss;
  document.head.append(style);
}

class TrainerElement extends HTMLElement {
  #worker: Worker | undefined;
  #controls!: TrainerControls;
  #inspector!: TrainerInspector;
  #run: RunState | undefined;
  /** The settings the worker's network was made with. */
  #applied: string | undefined;
  #lastAnnounce = 0;
  #started = false;
  /** Set by Pause and One step: the next paused summary is announced. */
  #askedToStop = false;
  /** Train was sent and not yet stopped by Pause, One step or a fresh network. */
  #trainSent = false;
  #painter!: RunPainter;
  #seen: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    wakeControls(this);
    void this.start();
  }

  disconnectedCallback(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#seen?.disconnect();
    this.#started = false;
  }

  private async start(): Promise<void> {
    addLiveStyles();
    this.querySelector('[data-needs-js]')?.setAttribute('hidden', '');
    this.#painter = new RunPainter(this);
    await loadWords(['trainer', 'network', 'digits']);
    this.#controls = new TrainerControls(this, this.id);
    // Settings typed before the trainer loaded are not the build-time run's.
    if (!this.#controls.atDefaults()) this.#painter.forgetBuilt();
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
    this.#seen = new IntersectionObserver(([entry]) => {
      this.#painter.visible = entry?.isIntersecting ?? true;
      if (this.#painter.visible && this.#run) this.#painter.paint(this.#run);
    });
    this.#seen.observe(this);
    this.classList.add('bp-upgraded');
    const pending = this.dataset['pending'] as Action | undefined;
    delete this.dataset['pending'];
    if (pending) this.act(pending);
  }

  private wire(): void {
    this.#controls.listen(() => this.apply());
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLElement>('[data-action]');
      if (button) this.act(button.dataset['action'] as Action);
    });
  }

  /** A fresh network when the settings read and differ from the worker's (or when `force`). */
  private apply(force = false): boolean {
    const wanted = this.#controls.wanted();
    if (!wanted) {
      if (this.#run) this.say(t('trainer.staleNote'));
      return false;
    }
    const key = JSON.stringify(wanted);
    if (force || key !== this.#applied) {
      this.#applied = key;
      this.#trainSent = false;
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
      // From a press on, the figures are the worker's: a Pause that lands before its first step
      // shows step 0, as its announcement says, not the build-time run's last step.
      this.#painter.forgetBuilt();
    }
    // Pause with nothing training does nothing: it would announce "paused at step 0" beside the
    // build-time run's figures.
    if (action === 'pause' && !this.#trainSent && !this.#run?.running) return;
    if (action === 'pause' || action === 'step') this.#askedToStop = true;
    this.#trainSent = action === 'train';
    this.post({ type: action });
  }

  private post(message: ToWorker): void {
    this.#worker?.postMessage(message);
  }

  private receive(m: FromWorker): void {
    switch (m.type) {
      case 'ready':
        // A second network (Reset, a new setting) no longer matches the build-time run.
        const first = !this.#run;
        if (!first) this.#painter.forgetBuilt();
        this.#run = startRun(m);
        // The worker's network is ready: said by the element's state, since at load nothing is
        // announced (the tests and any helper wait on it).
        this.toggleAttribute('data-ready', true);
        this.problem('');
        // The first network waits behind the build-time run the page still shows: nothing to
        // announce (saying "step 0" would contradict the figure on screen).
        if (!first) {
          this.say(t('trainer.announceReset', { dataset: t(`trainer.dataset.${m.dataset}`) }));
        }
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
        // A run that stopped (Pause, One step) is drawn now, with its announcement: the step on
        // screen is the step the worker stopped at from the moment the pause is said.
        if (m.running) this.#painter.paint(run);
        else this.#painter.paintNow(run);
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
    const now = performance.now();
    const words = progressWords(this.#run!, {
      wasRunning,
      askedToStop: this.#askedToStop,
      warned: !this.querySelector<HTMLElement>('[data-problem]')?.hidden,
      sinceAnnounce: now - this.#lastAnnounce,
    });
    if (!this.#run!.running) this.#askedToStop = false;
    this.problem(words.problem);
    if (words.say) {
      this.say(words.say);
      if (this.#run!.running) this.#lastAnnounce = now;
    }
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
