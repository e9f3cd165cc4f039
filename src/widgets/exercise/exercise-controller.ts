/**
 * One live exercise: checks the reader's answer (right, wrong with a hint, or refused beside the
 * input like a cell's input), draws fresh numbers, keeps its seed in the URL hash
 * (`#ex-why-1:seed=42`, other segments kept), updates its printed answer and records progress.
 */
import { checkAnswer } from '../../render/exercise/answer';
import {
  answerControlHtml,
  exerciseIds,
  exerciseParts,
  type ExerciseParts,
} from '../../render/exercise/render-exercise';
import type { ExerciseSpec } from '../../render/exercise/types';
import { readHash, withSegment } from '../../render/kit/hash-state';
import { t } from '../../messages/t';
import { recordAnswer } from './progress-store';
import { readSeed, seedSegment } from '../../render/exercise/seed-hash';

export class ExerciseController {
  readonly #el: HTMLElement;
  readonly #spec: ExerciseSpec<unknown>;
  readonly #form: HTMLFormElement;
  readonly #defaultSeed: number;
  #seed: number;
  #parts: ExerciseParts;
  /** The seed this exercise last took from the hash (undefined: the hash does not name it). */
  #linked: number | undefined;

  constructor(el: HTMLElement, spec: ExerciseSpec<unknown>) {
    this.#el = el;
    this.#spec = spec;
    this.#form = el.querySelector('form')!;
    this.#defaultSeed = Number(el.dataset['defaultSeed']) >>> 0;
    this.#seed = Number(el.dataset['seed']) >>> 0;
    this.#parts = exerciseParts(spec, this.#seed);
  }

  start(): void {
    for (const hidden of this.#el.querySelectorAll<HTMLElement>('.bp-js-only')) {
      hidden.hidden = false;
    }
    this.#el.classList.add('bp-ex-live');
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#check();
    });
    this.#form.addEventListener('click', (event) => {
      const action = (event.target as Element).closest('[data-action]');
      if (action?.getAttribute('data-action') === 'new') this.#newNumbers();
    });
    // Editing the answer clears the last verdict's marks.
    this.#form.addEventListener('input', () => this.#mark(''));
    this.#follow();
    if (this.#el.hasAttribute('data-pending-check')) {
      delete this.#el.dataset['pendingCheck'];
      this.#check();
    }
    addEventListener('hashchange', () => this.#follow());
    addEventListener('popstate', () => this.#follow());
  }

  get #id(): string {
    return this.#el.dataset['exerciseId'] ?? this.#el.id;
  }

  #given(): string {
    const checked = this.#form.querySelector<HTMLInputElement>('input[name="answer"]:checked');
    if (checked) return checked.value;
    const box = this.#form.querySelector<HTMLInputElement>('input[type="text"][name="answer"]');
    return box?.value ?? '';
  }

  #check(): void {
    const verdict = checkAnswer(this.#parts.answer, this.#given());
    if (verdict.verdict === 'refused') {
      this.#say('');
      this.#mark(verdict.message);
      // Back to the input, whose description now holds the message: a screen reader reads it.
      this.#form.querySelector<HTMLInputElement>('input[name="answer"]')?.focus();
      return;
    }
    this.#mark('');
    const right = verdict.verdict === 'right';
    recordAnswer(this.#id, right);
    this.#el.dataset['verdict'] = verdict.verdict;
    if (right) {
      this.#say(t('exercise.rightValue', { answer: this.#answerText() }));
    } else {
      const hint = safe(() => this.#spec.hint(this.#parts.problem, verdict.given));
      const given = typeof verdict.given === 'number' ? String(verdict.given) : verdict.given;
      this.#say(
        hint
          ? t('exercise.wrongHint', { hint })
          : verdict.close
            ? t('exercise.close', { given })
            : t('exercise.wrong'),
        hint !== undefined,
      );
    }
    const after = this.#el.querySelector<HTMLElement>('.bp-ex-after');
    if (after) after.hidden = false;
  }

  #answerText(): string {
    return safe(() => this.#spec.answerText(this.#parts.problem)) ?? '';
  }

  /** A refusal beside the input (aria-invalid), or '' to clear it. */
  #mark(message: string): void {
    const slot = this.#el.querySelector<HTMLElement>('.bp-ex-error');
    if (slot) slot.textContent = message;
    for (const input of this.#form.querySelectorAll<HTMLInputElement>('input[name="answer"]')) {
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }

  /** Feedback, announced politely; `html` for a spec's hint (already escaped HTML). */
  #say(message: string, html = false): void {
    const feedback = this.#el.querySelector<HTMLElement>('.bp-ex-feedback');
    if (!feedback) return;
    if (html) feedback.innerHTML = message;
    else feedback.textContent = message;
    if (!message) delete this.#el.dataset['verdict'];
  }

  #newNumbers(): void {
    // Some exercises have only a few problems (a planted bug of three, a batch of one or two):
    // draw a few seeds for one that reads differently, and say so when none did.
    const before = this.#parts.prompt;
    let seed = this.#seed;
    for (let tries = 0; tries < 16; tries++) {
      seed = this.#seed;
      while (seed === this.#seed) seed = crypto.getRandomValues(new Uint32Array(1))[0]!;
      const next = safe(() => exerciseParts(this.#spec, seed));
      if (next && next.prompt !== before) break;
    }
    if (!this.#show(seed)) return;
    this.#say(t(this.#parts.prompt === before ? 'exercise.sameProblem' : 'exercise.newProblem'));
    const hash = withSegment(location.hash, this.#el.id, seedSegment(this.#el.id, seed));
    this.#linked = seed;
    history.replaceState(history.state, '', hash || location.pathname + location.search);
  }

  /** Follows the hash: its seed for this exercise, or the book's when it no longer names one. */
  #follow(): void {
    const state = readHash(location.hash);
    const segment = state.kind === 'cells' ? state.segments.get(this.#el.id) : undefined;
    const seed = segment === undefined ? undefined : readSeed(segment);
    if (state.kind === 'anchor') return;
    if (seed !== undefined) {
      this.#linked = seed;
      if (seed !== this.#seed) this.#show(seed);
    } else if (segment !== undefined) {
      // Named, but not with a seed it can read: say so, as a cell does, and show the book's.
      this.#linked = undefined;
      if (this.#seed !== this.#defaultSeed) this.#show(this.#defaultSeed);
      this.#say(t('exercise.badSeed'));
    } else if (this.#linked !== undefined) {
      this.#linked = undefined;
      if (this.#seed !== this.#defaultSeed) this.#show(this.#defaultSeed);
    }
  }

  /** Draws the problem for `seed`; false (and nothing changed) if the spec failed. */
  #show(seed: number): boolean {
    const parts = safe(() => exerciseParts(this.#spec, seed));
    if (!parts) return false;
    const controlChanged =
      parts.answer.kind !== this.#parts.answer.kind ||
      (parts.answer.kind === 'choice' &&
        JSON.stringify(parts.answer.options) !==
          JSON.stringify((this.#parts.answer as typeof parts.answer).options));
    this.#seed = seed;
    this.#parts = parts;
    this.#el.dataset['seed'] = String(seed);
    const ids = exerciseIds(this.#el.id);
    const set = (selector: string, html: string, root: ParentNode = this.#el): void => {
      for (const node of root.querySelectorAll(selector)) node.innerHTML = html;
    };
    set('.bp-ex-prompt', parts.prompt);
    set('.bp-ex-tolerance', parts.tolerance);
    set('.bp-ex-working .bp-ex-answer', parts.answerLine);
    set('.bp-ex-working .bp-ex-steps', parts.working);
    set('.bp-ex-reveal-body, .bp-ex-after, .bp-ex-nojs', parts.reveal);
    const after = this.#el.querySelector<HTMLElement>('.bp-ex-after');
    if (after) after.hidden = true;
    if (controlChanged) {
      const field = this.#el.querySelector('.bp-ex-field');
      field?.insertAdjacentHTML('afterend', answerControlHtml(this.#el.id, parts.answer));
      field?.remove();
    } else {
      // A new problem: the answer given to the last one no longer applies (a predict
      // exercise's options can stay the same while the question changes).
      const box = this.#form.querySelector<HTMLInputElement>('input[type="text"][name="answer"]');
      if (box) box.value = '';
      for (const radio of this.#form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
        radio.checked = false;
      }
    }
    this.#mark('');
    this.#say('');
    // The printed answer (moved to the chapter's "Answers" at build time) follows the numbers.
    const key = document.getElementById(ids.key);
    if (key) {
      set('.bp-ex-key-answer', parts.answerLine, key);
      set('.bp-ex-steps', parts.working, key);
    }
    return true;
  }
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (error) {
    console.error('Exercise spec failed', error);
    return undefined;
  }
}
