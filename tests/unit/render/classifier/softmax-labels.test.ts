import { describe, expect, it } from 'vitest';
import { readLabels } from '../../../../src/render/classifier/softmax-labels';
import { InputError } from '../../../../src/core/input-error';
import { parseTexts } from '../../../../src/render/kit/field-text';
import softmaxLoss from '../../../../src/render/cells/softmax-loss';

const logits = [
  [0.3, 2.9, 4],
  [2, 1, 0.1],
];
const message = (labels: number[][]): string => {
  try {
    readLabels({ labelFormat: 'index', labels }, logits);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  return '';
};

describe('class-index labels (issue 12)', () => {
  it('calls 1.5 not a whole number, not out of range', () => {
    const m = message([[1.5], [0]]);
    expect(m).toMatch(/not a whole number/);
    expect(m).not.toMatch(/out of range/);
  });
  it('refuses integers beyond the safe range without echoing a rounded value', () => {
    // 9007199254740993 reads as the double 9007199254740992.
    const m = message([[0], [Number('9007199254740993')]]);
    expect(m).not.toContain('9007199254740992');
    expect(m).toMatch(/row 2/);
    expect(m).toMatch(/from 0 to 2/);
  });
  it('names a safe label beyond the class count exactly', () => {
    expect(message([[3], [0]])).toMatch(/Label 3 in row 1 is out of range/);
    expect(message([[-1], [0]])).toMatch(/Label -1 in row 1 is out of range/);
  });
  it('accepts whole labels in range', () => {
    expect(readLabels({ labelFormat: 'index', labels: [[2], [0]] }, logits).classes).toEqual([
      2, 0,
    ]);
  });
});

describe('the hidden label input never blocks (issue 12)', () => {
  const texts = {
    logits: [
      ['0.3', '2.9', '4'],
      ['2', '1', '0.1'],
    ],
    oneHot: [
      ['0', '0', '1'],
      ['1', '0', '0'],
    ],
    labels: [['abc'], ['0']],
  };
  it('one-hot mode ignores what the hidden index input holds', () => {
    const parsed = parseTexts(softmaxLoss.fields, { ...texts, labelFormat: 'onehot' });
    expect(parsed.ok).toBe(true);
  });
  it('index mode still refuses it', () => {
    const parsed = parseTexts(softmaxLoss.fields, { ...texts, labelFormat: 'index' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect([...parsed.errors.keys()]).toEqual(['labels']);
  });
});
