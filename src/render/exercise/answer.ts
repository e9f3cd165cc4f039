/**
 * Reading and checking a reader's answer to an exercise (issue 16). Numbers go through the cells'
 * strict parser, so `abc`, an empty box and `1e309` are refused with the same words a cell uses;
 * a fraction `a/b` (`-11/5`, `11 / 5`) is read where the answer is rational. Never throws.
 */
import { t } from '../../messages/t';
import { parseNumber, type NumberProblem } from '../kit/parse-number';
import { numberMessage } from '../kit/number-message';
import type { AnswerSpec } from './types';

/** The relative tolerance when an exercise states none (issue 16: 1e-3). */
export const DEFAULT_RELATIVE = 1e-3;
/** A wrong number this close (relative) is "close": most likely rounded too early. */
const CLOSE = 2e-2;

export type ReadAnswer =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const FRACTION = /^([^/]*)\/([^/]*)$/;

/** The minus signs a reader may paste from the book's own numbers (U+2212) or a CJK keyboard. */
const MINUS = /[\u2212\uFF0D]/g;

/** Reads a typed number, or `a/b` when `fractions` allows it. */
export function readNumberAnswer(typed: string, fractions = true): ReadAnswer {
  const text = typed.replace(MINUS, '-');
  const fraction = FRACTION.exec(text.trim());
  if (fraction) {
    if (!fractions) return { ok: false, message: t('exercise.noFractions') };
    // A part that is not a number: the message quotes what the reader typed, whole.
    const refuse = (part: { problem: NumberProblem }): ReadAnswer => ({
      ok: false,
      message: numberMessage({ problem: part.problem, text: clip(typed.trim()) }),
    });
    const top = parseNumber(fraction[1]!);
    if (!top.ok) return refuse(top);
    const bottom = parseNumber(fraction[2]!);
    if (!bottom.ok) return refuse(bottom);
    if (bottom.value === 0) return { ok: false, message: t('exercise.zeroDenominator') };
    const value = top.value / bottom.value;
    if (!Number.isFinite(value)) return { ok: false, message: t('kit.number.tooLarge') };
    return { ok: true, value };
  }
  const parsed = parseNumber(text);
  if (!parsed.ok && parsed.problem === 'invalid') {
    return { ok: false, message: numberMessage({ ...parsed, text: clip(typed.trim()) }) };
  }
  return parsed.ok
    ? { ok: true, value: parsed.value }
    : { ok: false, message: numberMessage(parsed) };
}

/** The widest distance from `value` still counted right. */
export function tolerance(answer: AnswerSpec & { kind: 'number' }): number {
  const relative = answer.relative ?? DEFAULT_RELATIVE;
  return Math.max(relative * Math.abs(answer.value), answer.absolute ?? 0);
}

/** Whether `given` is within the answer's tolerance. */
export function isRight(answer: AnswerSpec & { kind: 'number' }, given: number): boolean {
  return Math.abs(given - answer.value) <= tolerance(answer) || given === answer.value;
}

export type Verdict =
  | { readonly verdict: 'right'; readonly given: number | string }
  /** `close`: a number within 2 % of the answer, but outside the tolerance. */
  | { readonly verdict: 'wrong'; readonly given: number | string; readonly close: boolean }
  /** The text is not an answer at all; `message` says why, beside the input. */
  | { readonly verdict: 'refused'; readonly message: string };

/** Checks the text a reader gave (a typed number, or the value of the chosen option). */
export function checkAnswer(answer: AnswerSpec, text: string): Verdict {
  if (answer.kind === 'choice') {
    const chosen = answer.options.find((o) => o.value === text);
    if (!chosen) return { verdict: 'refused', message: t('exercise.chooseOne') };
    return chosen.value === answer.correct
      ? { verdict: 'right', given: chosen.value }
      : { verdict: 'wrong', given: chosen.value, close: false };
  }
  const read = readNumberAnswer(text, answer.fractions ?? true);
  if (!read.ok) return { verdict: 'refused', message: read.message };
  if (isRight(answer, read.value)) return { verdict: 'right', given: read.value };
  const off = Math.abs(read.value - answer.value);
  const close = answer.value !== 0 && off <= CLOSE * Math.abs(answer.value);
  return { verdict: 'wrong', given: read.value, close };
}

/** The stated tolerance as a percentage for the reader ("0.1 %"). */
export function tolerancePercent(answer: AnswerSpec & { kind: 'number' }): string {
  const relative = answer.relative ?? DEFAULT_RELATIVE;
  return `${Number((relative * 100).toPrecision(3))} %`;
}

/** Whether a wrong answer equals a likely mistake, within the default tolerance (for hints). */
export function sameAnswer(given: number | string, target: number): boolean {
  return (
    typeof given === 'number' &&
    Math.abs(given - target) <= Math.max(DEFAULT_RELATIVE * Math.abs(target), 1e-12)
  );
}

function clip(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
