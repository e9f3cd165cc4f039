/**
 * The trainer's settings form, DOM side: reads the fields, marks a refused one (message beside
 * it, `aria-invalid`), fills a data set's defaults. The rules themselves are in ./settings.ts.
 */
import type { DatasetName, TrainSettings } from '../../core/net/training';
import { SETTING_NAMES, readSetting, type SettingName } from './settings';

export type Defaults = Readonly<Record<DatasetName, Readonly<Record<SettingName, number>>>>;

export class TrainerControls {
  constructor(
    private readonly root: HTMLElement,
    private readonly id: string,
  ) {}

  private input(name: SettingName): HTMLInputElement | null {
    return this.root.querySelector<HTMLInputElement>(`#${this.id}-${name}`);
  }

  get select(): HTMLSelectElement | null {
    return this.root.querySelector<HTMLSelectElement>(`#${this.id}-dataset`);
  }

  dataset(): DatasetName {
    return (this.select?.value ?? 'spiral') as DatasetName;
  }

  /** Marks one field from its text; true when it reads. */
  check(name: SettingName, trainSize?: number): boolean {
    const input = this.input(name);
    const note = this.root.querySelector<HTMLElement>(`#${this.id}-${name}-msg`);
    if (!input || !note) return false;
    const outcome = readSetting(name, input.value, trainSize);
    if (outcome.ok) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
    note.hidden = outcome.ok;
    note.textContent = outcome.ok ? '' : outcome.message;
    return outcome.ok;
  }

  /** Every field checked and marked; the settings when all read, else undefined. */
  read(trainSize?: number): TrainSettings | undefined {
    const ok = SETTING_NAMES.map((name) => this.check(name, trainSize)).every(Boolean);
    if (!ok) return undefined;
    const value = (name: SettingName): number => Number(this.input(name)?.value.trim());
    return {
      hiddenSize: value('hiddenSize'),
      learningRate: value('learningRate'),
      batchSize: value('batchSize'),
      momentum: value('momentum'),
      seed: value('seed'),
      weightInitStd: value('weightInitStd'),
    };
  }

  /** The training-set size of the selected data set (rendered at build time). */
  trainSize(): number | undefined {
    const sizes = JSON.parse(this.root.dataset['trainSizes'] ?? '{}') as Record<string, number>;
    return sizes[this.dataset()];
  }

  /** The data set and the settings as typed, when they all read (else the fields say why). */
  wanted(): { dataset: DatasetName; settings: TrainSettings } | undefined {
    const settings = this.read(this.trainSize());
    return settings && { dataset: this.dataset(), settings };
  }

  /**
   * Checks a field as it is typed; calls `apply` when a setting is changed (or Enter pressed).
   * A new data set first brings its default settings.
   */
  listen(apply: () => void): void {
    this.root.querySelector('form')?.addEventListener('submit', (e) => {
      e.preventDefault();
      apply();
    });
    this.select?.addEventListener('change', () => {
      const defaults = JSON.parse(this.root.dataset['defaults'] ?? '{}') as Partial<Defaults>;
      const values = defaults[this.dataset()];
      if (values) this.fill(values);
      apply();
    });
    for (const name of SETTING_NAMES) {
      const input = this.input(name);
      input?.addEventListener('input', () => this.check(name, this.trainSize()));
      input?.addEventListener('change', apply);
    }
  }

  /** True while the data set and every field are as the page was built. */
  atDefaults(): boolean {
    const inputs = SETTING_NAMES.map((n) => this.input(n));
    const dataset = this.select?.selectedOptions[0]?.defaultSelected ?? true;
    return dataset && inputs.every((i) => !i || i.value === i.defaultValue);
  }

  /** The first field marked invalid, to take the focus. */
  firstInvalid(): HTMLInputElement | null {
    return this.root.querySelector<HTMLInputElement>('input[aria-invalid="true"]');
  }

  /** Writes a data set's default settings into the fields. */
  fill(values: Readonly<Record<SettingName, number>>): void {
    for (const name of SETTING_NAMES) {
      const input = this.input(name);
      if (input) input.value = String(values[name]);
    }
  }
}
