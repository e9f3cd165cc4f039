/**
 * `<bp-digit-pad>`: the reader draws a digit at 32 × 32 (pointer, touch or keyboard), the pad
 * downsamples it to 8 × 8 the UCI way, and shows the network's probability for each digit live.
 * The network is the build-time one (its parameters fetched from `data-params-src` when the pad
 * loads: only this script needs them, so the page does not carry them) until the trainer sends the
 * reader's own (`receiveTrainerParams`, fed by digit-pad-loader.ts). Everything shown is drawn by
 * the same pure renderers that rendered the page.
 */
import { bitmapFromCounts, downsample } from '../../core/data/downsample';
import type { NetworkParams } from '../../core/random-network';
import { digitSvg } from '../../render/capstone/digits/digit-image';
import { padSvg } from '../../render/capstone/digits/pad-svg';
import { decodeParams } from '../../render/capstone/digits/params-text';
import { paramsFromPlain } from '../../render/capstone/digits/plain-params';
import {
  mostLikely,
  probabilityListHtml,
  probabilityText,
} from '../../render/capstone/digits/probability-list';
import { readDigit } from '../../render/capstone/digits/read-digit';
import { t } from '../../messages/t';
import { loadDigitWords } from './digit-words';
import { blankBitmap, dab, moveCursor, pixelAt, stroke, type Pixel } from './brush';
import type { TrainerParamsTarget } from './trainer-target';

/** Results are announced once drawing pauses, not on every pixel. */
const ANNOUNCE_AFTER_MS = 600;
/** The "what the network sees" picture's width in CSS pixels. */
const SEES_SIZE = 96;

/** The build-time network from its file; undefined when it cannot be fetched or read. */
async function builtParams(src: string | undefined): Promise<NetworkParams | undefined> {
  if (!src) return undefined;
  try {
    const response = await fetch(src);
    return response.ok ? decodeParams(await response.text()) : undefined;
  } catch {
    return undefined;
  }
}

class DigitPadElement extends HTMLElement implements TrainerParamsTarget {
  // `declare`: the loader may set it before this class upgrades the element; a class field would
  // reset it to undefined on upgrade, and the reader's network would never reach the pad.
  declare trainerDetail?: unknown;
  #bitmap = blankBitmap();
  #cursor: Pixel = [16, 16];
  #params: NetworkParams | undefined;
  #erasing = false;
  #stroke: Pixel | undefined;
  #spaceValue: 0 | 1 | undefined;
  #fromTrainer = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The build-time network's file: on its way, read, or not to be had. */
  #built: 'loading' | 'ready' | 'failed' = 'loading';
  /** The reader has drawn (or cleared) on the pad. */
  #touched = false;

  connectedCallback(): void {
    if (this.dataset['ready']) return;
    this.dataset['ready'] = 'yes';
    // Fetched while the words load. The pad draws as soon as the words are in; the network's
    // reading follows when its file arrives.
    const built = builtParams(this.dataset['paramsSrc']);
    void loadDigitWords().then(() => {
      this.upgrade();
      void built.then((params) => this.builtArrived(params));
    });
  }

  private piece<T extends Element = HTMLElement>(name: string): T | null {
    return this.querySelector<T>(`[data-pad-${name}]`);
  }

  private upgrade(): void {
    const counts = (this.dataset['counts'] ?? '').split(',').map(Number);
    if (counts.length === 64) this.#bitmap = bitmapFromCounts(counts);
    const surface = this.piece('surface');
    if (!surface) return;
    surface.setAttribute('role', 'application');
    surface.setAttribute('tabindex', '0');
    surface.setAttribute('aria-describedby', this.piece('help')?.id ?? '');
    surface.addEventListener('pointerdown', (e) => this.onPointerDown(e, surface));
    surface.addEventListener('pointermove', (e) => this.onPointerMove(e, surface));
    for (const end of ['pointerup', 'pointercancel', 'lostpointercapture'] as const) {
      surface.addEventListener(end, () => this.endStroke());
    }
    surface.addEventListener('keydown', (e) => this.onKeyDown(e));
    surface.addEventListener('keyup', (e) => {
      if (e.key === ' ') this.#spaceValue = undefined;
    });
    surface.addEventListener('blur', () => (this.#spaceValue = undefined));
    this.piece<HTMLButtonElement>('clear')?.addEventListener('click', () => this.clear());
    const erase = this.piece<HTMLButtonElement>('erase');
    erase?.addEventListener('click', () => {
      this.#erasing = !this.#erasing;
      erase.setAttribute('aria-pressed', String(this.#erasing));
    });
    for (const el of this.querySelectorAll<HTMLElement>('[data-pad-js]')) el.hidden = false;
    this.piece('nojs')?.setAttribute('hidden', '');
    this.receiveTrainerParams = (detail) => this.onTrainerParams(detail);
    if (this.trainerDetail !== undefined) this.onTrainerParams(this.trainerDetail);
    this.dataset['upgraded'] = 'yes';
    // Pressed before the code arrived: Erase already shows its state (the loader toggled it),
    // a Clear was kept.
    this.#erasing = erase?.getAttribute('aria-pressed') === 'true';
    if (this.dataset['pendingClear']) this.clear();
    delete this.dataset['pendingClear'];
  }

  /** The build-time network's file has arrived (or failed): the pad reads with it from now on. */
  private builtArrived(params: NetworkParams | undefined): void {
    this.#built = params ? 'ready' : 'failed';
    // The reader's own network, sent by the trainer meanwhile, stays in use.
    if (this.#fromTrainer) return;
    this.#params = params;
    // The failure is said where the probabilities would be; the line naming the network goes.
    if (!params) this.piece('source')?.setAttribute('hidden', '');
    // A reader who drew while it loaded hears the reading (or the failure) as after a stroke.
    this.render(this.#touched);
    if (!params && !this.#touched) this.say(t('digits.netFailed'));
  }

  receiveTrainerParams?: (detail: unknown) => void;

  /** The trainer's network, when it is a digits network that reads 64 pixels into 10 classes. */
  private onTrainerParams(detail: unknown): void {
    if (typeof detail !== 'object' || detail === null) return;
    // The trainer (part C1) sends `steps`; `step` is read too.
    const d = detail as { params?: unknown; dataset?: unknown; step?: unknown; steps?: unknown };
    if (d.dataset !== 'digits') return;
    const params = paramsFromPlain(d.params);
    if (!params || params.W1.rows !== 64 || params.W2.cols !== 10) return;
    this.#params = params;
    const count = d.steps ?? d.step;
    const step = typeof count === 'number' && Number.isInteger(count) ? count : undefined;
    const source = this.piece('source');
    if (source) {
      source.hidden = false;
      source.textContent =
        step === undefined ? t('digits.readerNetNoStep') : t('digits.readerNet', { step });
    }
    if (!this.#fromTrainer) {
      this.#fromTrainer = true;
      // No step count: the visible source line keeps it current; this is said once.
      this.say(t('digits.switchedNoStep'));
    }
    this.render(false);
  }

  private value(shift: boolean): 0 | 1 {
    return shift || this.#erasing ? 0 : 1;
  }

  private onPointerDown(e: PointerEvent, surface: HTMLElement): void {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    e.preventDefault();
    surface.focus({ preventScroll: true });
    surface.setPointerCapture?.(e.pointerId);
    const at = this.pixelOf(e, surface);
    this.#stroke = at;
    this.#bitmap = dab(this.#bitmap, at, this.value(e.shiftKey));
    this.render(true);
  }

  private onPointerMove(e: PointerEvent, surface: HTMLElement): void {
    if (!this.#stroke) return;
    const at = this.pixelOf(e, surface);
    this.#bitmap = stroke(this.#bitmap, this.#stroke, at, this.value(e.shiftKey));
    this.#stroke = at;
    this.render(true);
  }

  private endStroke(): void {
    this.#stroke = undefined;
  }

  private pixelOf(e: PointerEvent, surface: HTMLElement): Pixel {
    const box = surface.getBoundingClientRect();
    return pixelAt(e.clientX - box.left, e.clientY - box.top, box.width);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === ' ') {
      e.preventDefault();
      if (e.repeat) return;
      this.#spaceValue = this.value(e.shiftKey);
      this.#bitmap = dab(this.#bitmap, this.#cursor, this.#spaceValue);
      this.render(true);
      return;
    }
    const next = moveCursor(this.#cursor, e.key);
    if (!next) return;
    e.preventDefault();
    const from = this.#cursor;
    this.#cursor = next;
    if (this.#spaceValue !== undefined) {
      // Space held: the pen draws as the cursor moves.
      this.#bitmap = stroke(this.#bitmap, from, next, this.#spaceValue);
      this.render(true);
    } else {
      this.render(false);
      this.say(t('digits.cursor', { row: next[0] + 1, col: next[1] + 1 }));
    }
  }

  private clear(): void {
    this.#bitmap = blankBitmap();
    this.render(true);
  }

  /** Redraws the pad, what the network sees and its probabilities; `drawn` marks a reader edit. */
  private render(drawn: boolean): void {
    const surface = this.piece('surface');
    if (surface) surface.innerHTML = padSvg(this.#bitmap, this.#cursor);
    const counts = downsample(this.#bitmap);
    const sees = this.piece('sees');
    if (sees) sees.innerHTML = digitSvg(counts, t('digits.inputLabel'), SEES_SIZE);
    const probs = this.#params ? readDigit(this.#params, counts) : undefined;
    const list = this.piece('probs');
    const blank = counts.every((c) => c === 0);
    if (list && !this.#params) {
      // No network to read with (yet): say so where the probabilities would be.
      list.innerHTML =
        this.#built === 'failed'
          ? `<p class="bp-pad-problem">${t('digits.netFailed')}</p>`
          : `<p class="bp-pad-note">${t('digits.netLoading')}</p>`;
    } else if (list) {
      list.innerHTML = probabilityListHtml(probs ?? new Array<number>(10).fill(NaN), blank);
    }
    if (!drawn) return;
    this.#touched = true;
    this.piece('sample')?.setAttribute('hidden', '');
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.say(this.reading(counts, probs)), ANNOUNCE_AFTER_MS);
  }

  private reading(counts: readonly number[], probs: readonly number[] | undefined): string {
    if (counts.every((c) => c === 0)) return t('digits.empty');
    // No network yet (its file still loading) or none to be had.
    if (!probs) return t(this.#built === 'failed' ? 'digits.netFailed' : 'digits.netLoading');
    const digit = mostLikely(probs);
    if (digit === undefined) return t('digits.noValue');
    return t('digits.reads', { digit, p: probabilityText(probs[digit] as number) });
  }

  private say(text: string): void {
    const status = this.piece('status');
    if (status) status.textContent = text;
  }
}

if (!customElements.get('bp-digit-pad')) customElements.define('bp-digit-pad', DigitPadElement);
