import { describe, expect, it } from 'vitest';
import {
  convertLabels,
  fitAffine,
  fitGrid,
  fitSoftmax,
} from '../../../../src/render/classifier/fit-grids';

describe('fitGrid', () => {
  it('keeps what fits and pads with zeros', () => {
    expect(
      fitGrid(
        [
          ['1', '2'],
          ['3', '4'],
        ],
        3,
        1,
      ),
    ).toEqual([['1'], ['3'], ['0']]);
  });
});

describe('fitAffine', () => {
  const base = {
    x: [
      ['0', '0'],
      ['1', '1'],
    ],
    w: [
      ['1', '2', '3'],
      ['9', '8', '7'],
    ],
    b: [['1', '2', '3']],
    dY: [
      ['1', '2', '3'],
      ['4', '5', '6'],
    ],
  };

  it('changes nothing when the shapes already fit', () => {
    expect(fitAffine(base)).toEqual({});
  });

  it('grows dY with the batch and W with the features, keeping their entries', () => {
    const x = [
      ['0', '0', '5'],
      ['1', '1', '5'],
      ['2', '2', '5'],
    ];
    expect(fitAffine({ ...base, x })).toEqual({
      w: [
        ['1', '2', '3'],
        ['9', '8', '7'],
        ['0', '0', '0'],
      ],
      dY: [
        ['1', '2', '3'],
        ['4', '5', '6'],
        ['0', '0', '0'],
      ],
    });
  });

  it('follows W’s columns in b and dY', () => {
    const w = [
      ['1', '2'],
      ['9', '8'],
    ];
    expect(fitAffine({ ...base, w })).toEqual({
      b: [['1', '2']],
      dY: [
        ['1', '2'],
        ['4', '5'],
      ],
    });
  });
  it('W leads its own rows: removing a row of W removes a column of X (not a zeroed row)', () => {
    // The issue: Remove row on W turned [9, 8, 7] into [0, 0, 0], because X's columns always won.
    expect(fitAffine({ ...base, w: [['1', '2', '3']] }, 'w')).toEqual({ x: [['0'], ['1']] });
  });

  it('W leads its own rows: adding a row to W adds a column to X', () => {
    const w = [...base.w, ['0', '0', '0']];
    expect(fitAffine({ ...base, w }, 'w')).toEqual({
      x: [
        ['0', '0', '0'],
        ['1', '1', '0'],
      ],
    });
  });

  it('dY and b lead the sizes they share: N with X, M with W', () => {
    const dY = [...base.dY, ['7', '8', '9']];
    expect(fitAffine({ ...base, dY }, 'dY')).toEqual({
      x: [
        ['0', '0'],
        ['1', '1'],
        ['0', '0'],
      ],
    });
    expect(fitAffine({ ...base, b: [['1', '2', '3', '4']] }, 'b')).toEqual({
      w: [
        ['1', '2', '3', '0'],
        ['9', '8', '7', '0'],
      ],
      dY: [
        ['1', '2', '3', '0'],
        ['4', '5', '6', '0'],
      ],
    });
  });
});

describe('fitSoftmax', () => {
  const base = {
    logits: [
      ['0.3', '2.9', '4'],
      ['2', '1', '0.1'],
    ],
    oneHot: [
      ['0', '0', '1'],
      ['1', '0', '0'],
    ],
    labels: [['2'], ['0']],
  };

  it('changes nothing when the labels fit', () => {
    expect(fitSoftmax(base)).toEqual({});
  });

  it('keeps one 1 per row when classes go, and labels new rows class 0', () => {
    const logits = [
      ['0', '0'],
      ['1', '1'],
      ['2', '2'],
    ];
    expect(fitSoftmax({ ...base, logits })).toEqual({
      oneHot: [
        ['1', '0'],
        ['1', '0'],
        ['1', '0'],
      ],
      labels: [['1'], ['0'], ['0']],
    });
  });

  it('the labels lead the batch size too: a row added to the one-hot labels adds a row of logits', () => {
    const oneHot = [...base.oneHot, ['0', '1', '0']];
    expect(fitSoftmax({ ...base, oneHot }, 'oneHot')).toEqual({
      logits: [...base.logits, ['0', '0', '0']],
      labels: [['2'], ['0'], ['0']],
    });
    expect(fitSoftmax({ ...base, labels: [['2']] }, 'labels')).toEqual({
      logits: [base.logits[0]],
      oneHot: [base.oneHot[0]],
    });
  });
});

describe('convertLabels', () => {
  const texts = {
    logits: [
      ['0', '0', '0'],
      ['0', '0', '0'],
    ],
    oneHot: [
      ['0', '0', '1'],
      ['1', '0', '0'],
    ],
    labels: [['1'], ['2']],
  };

  it('reads one-hot rows as indices', () => {
    expect(convertLabels('index', texts)).toEqual([['2'], ['0']]);
  });

  it('writes indices as one-hot rows as wide as the logits', () => {
    expect(convertLabels('onehot', texts)).toEqual([
      ['0', '1', '0'],
      ['0', '0', '1'],
    ]);
  });

  it('leaves invalid labels alone', () => {
    expect(
      convertLabels('index', {
        ...texts,
        oneHot: [
          ['1', '1', '0'],
          ['1', '0', '0'],
        ],
      }),
    ).toBe(undefined);
    expect(convertLabels('onehot', { ...texts, labels: [['3'], ['0']] })).toBe(undefined);
    expect(convertLabels('onehot', { ...texts, labels: [[''], ['0']] })).toBe(undefined);
  });
});
