/**
 * The generic upgrade of a rendered cell. `defineCell(spec)` subclasses it per spec. It reads
 * the inputs on every `input` event, recomputes with the spec, and swaps in the new outputs
 * and graph; invalid input leaves the last good result on screen, marked stale. Never throws.
 */
import { InputError } from '../core/input-error';
import {
  initialTexts,
  parseTexts,
  type CellTexts,
  type FieldError,
} from '../render/kit/field-text';
import { OverflowError } from '../render/kit/finite-guard';
import { renderCell, type RenderedCell } from '../render/kit/render-cell';
import type { CellSpec } from '../render/kit/types';
import { readTexts, writeTexts } from './field-dom';
import { GraphStepper } from './graph-stepper';
import { GraphFit } from './graph-fit';
import { drawGraph } from './graph-patch';
import { morph } from './morph';
import { clearStale, markStale, staleProblem } from './stale-marks';
import { CellLink, type LinkedCell } from './hash-link';
import { onCellClick, onCellKeydown, onCellPaste } from './cell-actions';
import { t } from '../messages/t';
import type { CellHost } from './cell-host';

const ANNOUNCE_DELAY_MS = 500;

export abstract class CellElement extends HTMLElement implements CellHost, LinkedCell {
  abstract readonly spec: CellSpec<unknown>;
  stepper: GraphStepper | undefined;
  #fit: GraphFit | undefined;
  #upgraded = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastGood: CellTexts | undefined;
  /** Why the inputs on screen don't compute; undefined while they do. */
  #failure: string | undefined;
  readonly #link = new CellLink(this);
  /** The shape of the graph on screen; the build-time SVG has the spec's initial shape. */
  #graphShape: string | undefined;
  /** Errors or the stale note are showing (true at first so the first render clears them). */
  #stale = true;

  get cellTitle(): string {
    return this.dataset['title'] ?? this.id;
  }

  get lastGood(): CellTexts | undefined {
    return this.#lastGood;
  }

  get failure(): string | undefined {
    return this.#failure;
  }

  connectedCallback(): void {
    if (this.#upgraded) return this.#link.start();
    this.#upgraded = true;
    for (const el of this.querySelectorAll<HTMLElement>('.bp-js-only')) el.hidden = false;
    if (this.querySelector('.bp-graph-svg')) {
      this.stepper = new GraphStepper(this, (m) => this.say(m, 0));
    }
    // Not while an input method composes a character (Korean 백 is typed ㅂ, 배, 백): the text
    // is read once the character is committed.
    this.addEventListener('input', (event) => {
      if (!(event as InputEvent).isComposing) this.recompute(true);
    });
    this.addEventListener('compositionend', () => this.recompute(true));
    this.addEventListener('keydown', (e) => onCellKeydown(this, e));
    this.addEventListener('click', (e) => onCellClick(this, e));
    this.addEventListener('paste', (e) => onCellPaste(this, e));
    // After the click listener: fitting may press the cell's own "Show as table".
    if (this.querySelector('.bp-graph')) this.#fit = new GraphFit(this);
    // The state in the URL hash, applied now and whenever the hash changes.
    this.#link.start();
    this.classList.add('bp-upgraded');
  }

  disconnectedCallback(): void {
    this.#link.stop();
  }

  /** Reads, parses, computes and renders; returns whether the result is current. */
  recompute(announce: boolean): boolean {
    const texts = readTexts(this, this.spec.fields);
    const parsed = parseTexts(this.spec.fields, texts);
    if (!parsed.ok) return this.#fail(parsed.errors, announce);
    let rendered;
    try {
      rendered = renderCell(this.spec, parsed.values, this.id, this.cellTitle);
    } catch (error) {
      if (error instanceof InputError) {
        const known = this.spec.fields.some((f) => f.name === error.field);
        const entry = error instanceof OverflowError ? error.entry : undefined;
        return known
          ? this.#fail(
              new Map([[error.field, { message: error.message, ...(entry ? { entry } : {}) }]]),
              announce,
            )
          : this.#fail(new Map(), announce, error.message);
      }
      console.error(error);
      return this.#fail(new Map(), announce, t('kit.computeFailed'));
    }
    if (this.#stale) {
      clearStale(this, this.spec.fields);
      this.#stale = false;
    }
    const outputs = this.querySelector('.bp-outputs');
    if (outputs) morph(outputs, rendered.outputs);
    if (rendered.graph) this.#drawGraph(rendered.graph);
    this.#lastGood = texts;
    this.#failure = undefined;
    if (announce) this.say(rendered.announcement);
    return true;
  }

  /** Shows errors found outside `compute` (e.g. a bad paste); the last result stays. */
  reportErrors(errors: ReadonlyMap<string, FieldError>): void {
    this.#fail(errors, true);
  }

  #fail(errors: ReadonlyMap<string, FieldError>, announce: boolean, general?: string): false {
    const message = markStale(this, this.spec.fields, errors, general);
    this.#failure = staleProblem(this.spec.fields, errors, general);
    this.#stale = true;
    if (announce) this.say(message);
    return false;
  }

  #drawGraph(graph: NonNullable<RenderedCell['graph']>): void {
    this.#graphShape = drawGraph(this, graph, this.#graphShape);
    this.stepper?.setView(graph.view);
    this.#fit?.update();
  }

  /** Announces politely, after typing pauses (`delay` ms) so screen readers are not flooded. */
  say(message: string, delay = ANNOUNCE_DELAY_MS): void {
    clearTimeout(this.#timer);
    const status = this.querySelector('[role="status"]');
    if (!status) return;
    this.#timer = setTimeout(() => (status.textContent = message), delay);
  }

  /** A visible note in the cell (e.g. a refused link, a copied link). */
  note(message: string): void {
    const el = this.querySelector<HTMLElement>('.bp-message');
    if (!el) return;
    el.textContent = message;
    el.hidden = message === '';
  }

  reset(): void {
    writeTexts(this, this.id, this.spec.fields, initialTexts(this.spec.fields));
    this.#link.clear();
    this.note('');
    this.recompute(false);
    this.say(t('kit.resetDone'), 0);
  }

  link(): Promise<void> {
    return this.#link.link();
  }
}
