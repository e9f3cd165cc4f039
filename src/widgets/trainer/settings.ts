/**
 * The trainer's settings as the reader types them: each field parsed strictly (the cells' parser)
 * and held to its range, so a bad value gets a message beside its input and never reaches the
 * worker. Pure: no DOM, so the rules are unit-tested.
 */
import type { TrainSettings } from '../../core/net/training';
import { parseNumber, type ParsedNumber } from '../../render/kit/parse-number';
import { numberMessage } from '../../render/kit/number-message';
import { formatNumber } from '../../core/format-number';
import { t } from '../../messages/t';

/** The numeric settings, in the order the controls show them. */
export const SETTING_NAMES = [
  'hiddenSize',
  'learningRate',
  'batchSize',
  'momentum',
  'weightInitStd',
  'seed',
] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

export const LIMITS = {
  hiddenSize: { min: 1, max: 256 },
  batchSize: { min: 1, max: 2000 },
  seed: { min: 0, max: 4294967295 },
  learningRate: { above: 0, max: 100 },
  weightInitStd: { above: 0, max: 10 },
} as const;

export type SettingOutcome = { ok: true; value: number } | { ok: false; message: string };

/** One setting's text → its value or the message to show beside it. */
export function readSetting(name: SettingName, text: string, trainSize?: number): SettingOutcome {
  const parsed = parseNumber(text);
  if (!parsed.ok) return { ok: false, message: refusal(name, parsed) };
  const v = parsed.value;
  switch (name) {
    case 'hiddenSize':
    case 'seed':
      return whole(v, LIMITS[name].min, LIMITS[name].max);
    case 'batchSize': {
      const outcome = whole(v, LIMITS.batchSize.min, LIMITS.batchSize.max);
      if (outcome.ok && trainSize !== undefined && v > trainSize) {
        return { ok: false, message: t('trainer.batchTooLarge', { max: trainSize }) };
      }
      return outcome;
    }
    case 'learningRate':
    case 'weightInitStd': {
      const { above, max } = LIMITS[name];
      return v > above && v <= max
        ? { ok: true, value: v }
        : {
            ok: false,
            message: t('trainer.range', { min: formatNumber(above), max: formatNumber(max) }),
          };
    }
    case 'momentum':
      return v >= 0 && v < 1
        ? { ok: true, value: v }
        : { ok: false, message: t('trainer.rangeMomentum') };
  }
}

const WHOLE: ReadonlySet<SettingName> = new Set(['hiddenSize', 'batchSize', 'seed']);

/**
 * The words for text that is not a number. The kit's hints give decimal examples (1.5, 2e-3),
 * which a field of whole numbers refuses: those fields name their own range instead.
 */
function refusal(name: SettingName, parsed: Extract<ParsedNumber, { ok: false }>): string {
  if (!WHOLE.has(name)) return numberMessage(parsed);
  const { min, max } = LIMITS[name as 'hiddenSize' | 'batchSize' | 'seed'];
  switch (parsed.problem) {
    case 'invalid':
    case 'notFinite':
      return t('trainer.notWhole', { text: parsed.text, min, max });
    case 'comma':
    case 'grouped':
      return t('trainer.wholeComma', { text: parsed.text, min, max });
    default:
      return numberMessage(parsed);
  }
}

function whole(v: number, min: number, max: number): SettingOutcome {
  return Number.isInteger(v) && v >= min && v <= max
    ? { ok: true, value: v }
    : { ok: false, message: t('trainer.whole', { min, max }) };
}

/** Every setting read at once: the settings, or the messages by field (only the bad ones). */
export function readSettings(
  texts: Readonly<Record<SettingName, string>>,
  trainSize?: number,
):
  | { ok: true; settings: TrainSettings }
  | { ok: false; messages: Partial<Record<SettingName, string>> } {
  const values: Partial<Record<SettingName, number>> = {};
  const messages: Partial<Record<SettingName, string>> = {};
  for (const name of SETTING_NAMES) {
    const outcome = readSetting(name, texts[name], trainSize);
    if (outcome.ok) values[name] = outcome.value;
    else messages[name] = outcome.message;
  }
  if (Object.keys(messages).length > 0) return { ok: false, messages };
  const v = values as Record<SettingName, number>;
  return {
    ok: true,
    settings: {
      hiddenSize: v.hiddenSize,
      learningRate: v.learningRate,
      batchSize: v.batchSize,
      momentum: v.momentum,
      seed: v.seed,
      weightInitStd: v.weightInitStd,
    },
  };
}
