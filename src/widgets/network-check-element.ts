/**
 * `<bp-network-check>`: chapter 7's whole-network gradient check, live. The page arrives with
 * the correct network's table (rendered at build time); once near the viewport this element
 * shows the "break it" switch, reruns the check in a worker (the page stays responsive) and
 * re-renders the table with the same pure function the build used. Keyboard: the switch is a
 * native radio group (arrow keys move and select).
 */
import { loadWords } from './load-words';
import type { CheckRun } from '../render/capstone/check-table';
import type { BugChoice } from '../render/capstone/run-check';

interface Reply {
  ok: boolean;
  bug: BugChoice;
  run?: CheckRun;
}

class NetworkCheckElement extends HTMLElement {
  #worker: Worker | undefined;
  /** The choice being checked now, and the one to check after it (the latest wins). */
  #busy: BugChoice | undefined;
  #next: BugChoice | undefined;

  connectedCallback(): void {
    if (this.dataset['ready']) return;
    this.dataset['ready'] = 'yes';
    const bugs = this.querySelector<HTMLFieldSetElement>('fieldset');
    if (!bugs) return;
    bugs.hidden = false;
    this.querySelector<HTMLElement>('[data-needs-js]')?.setAttribute('hidden', '');
    bugs.addEventListener('change', () => this.request(this.choice()));
    this.request(this.choice());
  }

  disconnectedCallback(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  private choice(): BugChoice {
    const checked = this.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    return (checked?.value ?? 'none') as BugChoice;
  }

  private request(bug: BugChoice): void {
    if (this.#busy !== undefined) {
      this.#next = bug;
      return;
    }
    this.#busy = bug;
    this.setAttribute('aria-busy', 'true');
    this.status(this.dataset['msgRunning'] ?? '');
    void this.run(bug);
  }

  private async run(bug: BugChoice): Promise<void> {
    try {
      const [view] = await Promise.all([
        import('../render/capstone/check-table'),
        loadWords(['network']),
      ]);
      const reply = await this.ask(bug);
      if (!reply.ok || !reply.run) throw new Error('check failed');
      const output = this.querySelector('[data-output]');
      if (output) output.innerHTML = view.checkTableHtml(reply.run);
      this.dataset['checked'] = bug;
      this.querySelector<HTMLElement>('[data-timed-build]')?.setAttribute('hidden', '');
      this.querySelector<HTMLElement>('[data-timed-here]')?.removeAttribute('hidden');
      this.status(view.checkOutcomeText(reply.run.check));
    } catch {
      this.status(this.dataset['msgFailed'] ?? '');
    } finally {
      this.#busy = undefined;
      this.removeAttribute('aria-busy');
      const next = this.#next;
      this.#next = undefined;
      if (next !== undefined && next !== bug) this.request(next);
    }
  }

  /** One check in the worker (started on first use, kept for the next). */
  private ask(bug: BugChoice): Promise<Reply> {
    this.#worker ??= new Worker(new URL('./network-check-worker.ts', import.meta.url), {
      type: 'module',
    });
    const worker = this.#worker;
    return new Promise((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<Reply>) => resolve(e.data);
      worker.onerror = () => {
        this.#worker = undefined;
        worker.terminate();
        reject(new Error('network check worker failed'));
      };
      worker.postMessage(bug);
    });
  }

  private status(text: string): void {
    const region = this.querySelector('[role="status"]');
    if (region) region.textContent = text;
  }
}

if (!customElements.get('bp-network-check')) {
  customElements.define('bp-network-check', NetworkCheckElement);
}
