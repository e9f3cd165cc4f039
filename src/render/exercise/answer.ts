// TEMPORARY stand-in for E1's kit file (branch ex-kit), removed before merging it: only what the
// E2 specs call. The real file also reads and checks typed answers.
import type { AnswerSpec } from './types';

export const DEFAULT_RELATIVE = 1e-3;

export function tolerance(answer: AnswerSpec & { kind: 'number' }): number {
  const relative = answer.relative ?? DEFAULT_RELATIVE;
  return Math.max(relative * Math.abs(answer.value), answer.absolute ?? 0);
}

export function isRight(answer: AnswerSpec & { kind: 'number' }, given: number): boolean {
  return Math.abs(given - answer.value) <= tolerance(answer) || given === answer.value;
}

export function sameAnswer(given: number | string, target: number): boolean {
  return (
    typeof given === 'number' &&
    Math.abs(given - target) <= Math.max(DEFAULT_RELATIVE * Math.abs(target), 1e-12)
  );
}
