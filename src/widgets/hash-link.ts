/**
 * The glue between one cell element and the URL hash: restore at upgrade, follow the hash when
 * it changes after load (typed, pasted, Back), and write it on "Link to this state".
 */
import { initialTexts, type CellTexts } from '../render/kit/field-text';
import {
  changedTexts,
  linkedTexts,
  linkUrl,
  MAX_LINK_LENGTH,
  readHash,
  readSegment,
  tooLongReason,
  withSegment,
  writeSegment,
} from '../render/kit/hash-state';
import type { CellSpec } from '../render/kit/types';
import { t } from '../messages/t';
import { writeTexts } from './field-dom';

/** What the link needs of its cell element. */
export interface LinkedCell extends HTMLElement {
  readonly spec: CellSpec<unknown>;
  /** The texts of the last inputs that computed (undefined before the first). */
  readonly lastGood: CellTexts | undefined;
  /** Why the inputs on screen don't compute ("Apple price: …"), or undefined when they do. */
  readonly failure: string | undefined;
  recompute(announce: boolean): boolean;
  note(message: string): void;
  say(message: string, delay?: number): void;
}

export class CellLink {
  readonly #cell: LinkedCell;
  /**
   * The segment this cell last took from the hash or wrote to it. A hash change that leaves it
   * the same (another cell's link, an anchor) leaves the cell alone; one that drops it (Back to
   * no state) returns the cell to the book's values.
   */
  #applied: string | undefined;
  #started = false;
  readonly #onHash = (): void => this.#follow();

  constructor(cell: LinkedCell) {
    this.#cell = cell;
    // What the last "Link" press said no longer holds once the inputs change.
    cell.addEventListener('input', () => this.#linkNote(''));
  }

  /**
   * At upgrade: applies the hash (or says why not), and follows it from now on. Called again when
   * the element is moved in the page, it only catches up with the hash.
   */
  start(): void {
    this.#follow(!this.#started);
    this.#started = true;
    addEventListener('hashchange', this.#onHash);
    addEventListener('popstate', this.#onHash);
  }

  stop(): void {
    removeEventListener('hashchange', this.#onHash);
    removeEventListener('popstate', this.#onHash);
  }

  #follow(atLoad = false): void {
    const state = readHash(location.hash);
    const id = this.#cell.id;
    // A plain anchor only scrolls; the cells keep what they show (at load: the book's values).
    if (state.kind === 'anchor') return atLoad ? void this.#cell.recompute(false) : undefined;
    if (state.kind === 'tooLong') {
      if (!state.ids.has(id)) return this.#apply(undefined, atLoad);
      this.#applied = undefined;
      return this.#show(initialTexts(this.#cell.spec.fields), tooLongReason(state.length));
    }
    const segment = state.kind === 'cells' ? state.segments.get(id) : undefined;
    this.#apply(segment, atLoad);
  }

  #apply(segment: string | undefined, atLoad: boolean): void {
    if (!atLoad && segment === this.#applied) return;
    const fields = this.#cell.spec.fields;
    if (segment === undefined) {
      // At load the cell already shows the book's values; later, only a cell the hash had set
      // goes back to them.
      if (atLoad) this.#cell.recompute(false);
      else this.#show(initialTexts(fields), '');
      this.#applied = undefined;
      return;
    }
    this.#applied = segment;
    const read = readSegment(segment, fields);
    if (!read.ok) return this.#show(initialTexts(fields), read.reason);
    this.#show(linkedTexts(fields, read.texts), undefined);
  }

  /** Writes the texts and recomputes; `note` undefined: a note only if the values don't compute. */
  #show(texts: CellTexts, note: string | undefined): void {
    const cell = this.#cell;
    writeTexts(cell, cell.id, cell.spec.fields, texts);
    const ok = cell.recompute(false);
    const misfit = !ok && note === undefined && cell.failure !== undefined;
    cell.note(misfit ? t('kit.hash.misfit', { problem: cell.failure! }) : (note ?? ''));
    this.#linkNote('');
  }

  /** "Link to this state": the address bar (and the clipboard) get a link, or the note says why not. */
  async link(): Promise<void> {
    const cell = this.#cell;
    const fields = cell.spec.fields;
    const failure = cell.failure;
    const changed = changedTexts(fields, cell.lastGood ?? initialTexts(fields));
    // At the book's values the segment is just `id:`: the link still names the cell, so a cold
    // open scrolls to it (a link without it would open at the top of the page).
    const segment = writeSegment(cell.id, changed);
    const page = `${location.origin}${location.pathname}${location.search}`;
    const built = linkUrl(page, withSegment(location.hash, cell.id, segment));
    if (!built.ok) {
      return this.#tell(t('kit.linkTooLong', { length: built.length, max: MAX_LINK_LENGTH }));
    }
    // replaceState fires no hashchange, so writing the link cannot restore over the inputs.
    history.replaceState(history.state, '', built.url);
    const written = readHash(location.hash);
    this.#applied = written.kind === 'cells' ? written.segments.get(cell.id) : undefined;
    const copied = await copyLink(built.url);
    if (failure === undefined) this.#tell(t(copied ? 'kit.linkedCopied' : 'kit.linked'));
    else {
      const key = copied ? 'kit.linkedLastGoodCopied' : 'kit.linkedLastGood';
      this.#tell(t(key, { problem: failure }));
    }
  }

  /** After Reset: the cell's state leaves the address bar (without a history entry). */
  clear(): void {
    this.#applied = undefined;
    this.#linkNote('');
    const state = readHash(location.hash);
    if (state.kind !== 'cells' || !state.segments.has(this.#cell.id)) return;
    const hash = withSegment(location.hash, this.#cell.id, undefined);
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  /** The outcome of "Link", beside the button the reader just pressed (and announced). */
  #tell(message: string): void {
    this.#linkNote(message);
    this.#cell.say(message, 0);
  }

  #linkNote(message: string): void {
    const el = this.#cell.querySelector<HTMLElement>('.bp-link-note');
    if (!el) return;
    el.textContent = message;
    el.hidden = message === '';
  }
}

/** Copies the URL when a clipboard is available; returns whether it did. */
async function copyLink(url: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(url);
    return true;
  } catch {
    // No clipboard (insecure context or permission refused): the address bar still has it.
    return false;
  }
}
