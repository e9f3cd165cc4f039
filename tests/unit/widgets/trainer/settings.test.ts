import { describe, expect, it } from 'vitest';
import { readSetting, readSettings } from '../../../../src/widgets/trainer/settings';

const good = {
  hiddenSize: '50',
  learningRate: '0.1',
  batchSize: '100',
  momentum: '0.9',
  weightInitStd: '0.5',
  seed: '7',
};

describe('the trainer reads its settings strictly', () => {
  it('reads valid settings as numbers', () => {
    expect(readSettings(good)).toEqual({
      ok: true,
      settings: {
        hiddenSize: 50,
        learningRate: 0.1,
        batchSize: 100,
        momentum: 0.9,
        seed: 7,
        weightInitStd: 0.5,
      },
    });
  });

  it('refuses text the cells refuse, with their message', () => {
    expect(readSetting('learningRate', '')).toEqual({ ok: false, message: 'Enter a number.' });
    expect(readSetting('learningRate', '1,5')).toMatchObject({ ok: false, message: /point/ });
    expect(readSetting('seed', '0x10')).toMatchObject({ ok: false, message: /decimal/ });
    expect(readSetting('hiddenSize', '1e309')).toMatchObject({ ok: false, message: /too large/ });
    expect(readSetting('momentum', 'NaN').ok).toBe(false);
  });

  it('gives the whole-number fields a whole-number hint, not a decimal example', () => {
    for (const [name, text] of [
      ['seed', 'abc'],
      ['hiddenSize', 'Infinity'],
      ['batchSize', '1,5'],
      ['seed', '1,000'],
    ] as const) {
      const outcome = readSetting(name, text);
      expect(outcome.ok).toBe(false);
      const message = outcome.ok ? '' : outcome.message;
      expect(message).toMatch(/whole number/);
      expect(message).not.toMatch(/1\.5|-1\.5|2e-3/);
    }
    expect(readSetting('seed', 'abc')).toEqual({
      ok: false,
      message: '“abc” is not a number; enter a whole number from 0 to 4294967295.',
    });
    // The decimal fields keep the kit's words.
    expect(readSetting('learningRate', 'abc')).toMatchObject({ message: /-1\.5 or 2e-3/ });
  });

  it('holds each setting to its range', () => {
    expect(readSetting('hiddenSize', '0')).toMatchObject({
      ok: false,
      message: /whole number from 1 to 256/,
    });
    expect(readSetting('hiddenSize', '2.5').ok).toBe(false);
    expect(readSetting('hiddenSize', '256')).toEqual({ ok: true, value: 256 });
    expect(readSetting('learningRate', '0').ok).toBe(false);
    expect(readSetting('learningRate', '-0.1').ok).toBe(false);
    expect(readSetting('learningRate', '1e308').ok).toBe(false);
    expect(readSetting('learningRate', '100')).toEqual({ ok: true, value: 100 });
    expect(readSetting('momentum', '1')).toMatchObject({ ok: false, message: /not including/ });
    expect(readSetting('momentum', '0')).toEqual({ ok: true, value: 0 });
    expect(readSetting('weightInitStd', '0').ok).toBe(false);
    expect(readSetting('weightInitStd', '10')).toEqual({ ok: true, value: 10 });
    expect(readSetting('seed', '-1').ok).toBe(false);
    expect(readSetting('seed', '4294967295')).toEqual({ ok: true, value: 4294967295 });
  });

  it('refuses a batch larger than the training set, naming its size', () => {
    expect(readSetting('batchSize', '241', 240)).toEqual({
      ok: false,
      message: 'The training set has 240 examples: a batch holds at most that many.',
    });
    expect(readSetting('batchSize', '240', 240)).toEqual({ ok: true, value: 240 });
  });

  it('names every bad field at once, and only those', () => {
    const outcome = readSettings({ ...good, hiddenSize: 'abc', momentum: '2' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(Object.keys(outcome.messages).sort()).toEqual(['hiddenSize', 'momentum']);
  });
});
