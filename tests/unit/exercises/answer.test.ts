import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  readNumberAnswer,
  sameAnswer,
  tolerancePercent,
} from '../../../src/render/exercise/answer';
import type { AnswerSpec } from '../../../src/render/exercise/types';

const num = (value: number, extra: Partial<AnswerSpec & { kind: 'number' }> = {}): AnswerSpec => ({
  kind: 'number',
  value,
  ...extra,
});

describe('reading a number answer', () => {
  it('reads decimals strictly, as the cells do', () => {
    expect(readNumberAnswer('2.2')).toEqual({ ok: true, value: 2.2 });
    expect(readNumberAnswer('  -2.20 ')).toEqual({ ok: true, value: -2.2 });
    expect(readNumberAnswer('2e-3')).toEqual({ ok: true, value: 0.002 });
  });

  it('reads fractions, with spaces and signs', () => {
    expect(readNumberAnswer('11/5')).toEqual({ ok: true, value: 2.2 });
    expect(readNumberAnswer('-11/5')).toEqual({ ok: true, value: -2.2 });
    expect(readNumberAnswer(' 11 / 5 ')).toEqual({ ok: true, value: 2.2 });
    expect(readNumberAnswer('11/-5')).toEqual({ ok: true, value: -2.2 });
  });

  it('refuses what is not a number with the cells’ words', () => {
    expect(readNumberAnswer('abc')).toEqual({
      ok: false,
      message: '“abc” is not a number; use digits like -1.5 or 2e-3.',
    });
    expect(readNumberAnswer('')).toEqual({ ok: false, message: 'Enter a number.' });
    expect(readNumberAnswer('1e309')).toEqual({
      ok: false,
      message: 'That number is too large to compute with (over 1.8e308).',
    });
    expect(readNumberAnswer('2,2')).toEqual({
      ok: false,
      message: 'Use a point for decimals: 1.5, not 1,5.',
    });
    expect(readNumberAnswer('NaN').ok).toBe(false);
    expect(readNumberAnswer('0x10').ok).toBe(false);
  });

  it('refuses broken fractions, and fractions where the answer is not rational', () => {
    expect(readNumberAnswer('1/0')).toEqual({
      ok: false,
      message: 'A fraction cannot have 0 below the line.',
    });
    expect(readNumberAnswer('1/')).toEqual({ ok: false, message: 'Enter a number.' });
    expect(readNumberAnswer('a/2').ok).toBe(false);
    expect(readNumberAnswer('1/2/3').ok).toBe(false);
    expect(readNumberAnswer('1e308/1e-308')).toEqual({
      ok: false,
      message: 'That number is too large to compute with (over 1.8e308).',
    });
    expect(readNumberAnswer('11/5', false)).toEqual({
      ok: false,
      message: 'Write this answer as a decimal number, such as 2.5.',
    });
  });
});

describe('reading what a reader pastes', () => {
  it('reads the minus sign the book prints (U+2212) and a full-width one', () => {
    expect(readNumberAnswer('\u22120.117')).toEqual({ ok: true, value: -0.117 });
    expect(readNumberAnswer('\uFF0D2')).toEqual({ ok: true, value: -2 });
    expect(readNumberAnswer('\u221211/5')).toEqual({ ok: true, value: -2.2 });
  });

  it('quotes the whole text it refuses, not the part before a slash', () => {
    expect(readNumberAnswer('(1/2)')).toEqual({
      ok: false,
      message: '“(1/2)” is not a number; use digits like -1.5 or 2e-3.',
    });
    expect(readNumberAnswer('<b>x</b>')).toEqual({
      ok: false,
      message: '“<b>x</b>” is not a number; use digits like -1.5 or 2e-3.',
    });
  });
});

describe('checking an answer', () => {
  it('accepts any equal value within the relative tolerance (1e-3 by default)', () => {
    for (const text of ['2.2', '2.20', '11/5', '2.2021', '2.1979']) {
      expect(checkAnswer(num(2.2), text).verdict, text).toBe('right');
    }
  });

  it('rejects near-misses beyond the tolerance, and says when one is close', () => {
    expect(checkAnswer(num(2.2), '2.2023')).toEqual({
      verdict: 'wrong',
      given: 2.2023,
      close: true,
    });
    expect(checkAnswer(num(2.2), String(2.2 * (1 - 3e-3))).verdict).toBe('wrong');
    expect(checkAnswer(num(2.2), '3')).toEqual({ verdict: 'wrong', given: 3, close: false });
    expect(checkAnswer(num(2.2), '-2.2').verdict).toBe('wrong');
  });

  it('takes a stated tolerance, relative or absolute', () => {
    expect(checkAnswer(num(100, { relative: 0.05 }), '104').verdict).toBe('right');
    expect(checkAnswer(num(100, { relative: 0.05 }), '106').verdict).toBe('wrong');
    expect(checkAnswer(num(0, { absolute: 1e-6 }), '0').verdict).toBe('right');
    expect(checkAnswer(num(0, { absolute: 1e-6 }), '0.001').verdict).toBe('wrong');
    // Zero without a stated tolerance is matched exactly, not by anything.
    expect(checkAnswer(num(0), '0').verdict).toBe('right');
    expect(checkAnswer(num(0), '1e-9').verdict).toBe('wrong');
  });

  it('refuses bad text instead of calling it wrong', () => {
    expect(checkAnswer(num(2.2), 'abc').verdict).toBe('refused');
    expect(checkAnswer(num(2.2), '').verdict).toBe('refused');
    expect(checkAnswer(num(2.2, { fractions: false }), '11/5').verdict).toBe('refused');
  });

  it('checks a choice by its value, and refuses no choice', () => {
    const choice: AnswerSpec = {
      kind: 'choice',
      options: [
        { value: 'grows', label: 'It grows' },
        { value: 'same', label: 'It stays the same' },
      ],
      correct: 'same',
    };
    expect(checkAnswer(choice, 'same')).toEqual({ verdict: 'right', given: 'same' });
    expect(checkAnswer(choice, 'grows')).toEqual({
      verdict: 'wrong',
      given: 'grows',
      close: false,
    });
    expect(checkAnswer(choice, '')).toEqual({
      verdict: 'refused',
      message: 'Choose one of the answers.',
    });
    expect(checkAnswer(choice, 'other').verdict).toBe('refused');
  });

  it('matches likely mistakes for hints within the default tolerance', () => {
    expect(sameAnswer(27.01, 27)).toBe(true);
    expect(sameAnswer(27.1, 27)).toBe(false);
    expect(sameAnswer('27', 27)).toBe(false);
    expect(tolerancePercent({ kind: 'number', value: 1 })).toBe('0.1 %');
  });
});
