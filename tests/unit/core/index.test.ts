import { describe, expect, it } from 'vitest';
import * as core from '../../../src/core/index';

// Chapters, cells and outside tests import these names from src/core/index.ts.
describe('the public entry', () => {
  it.each([
    'Matrix',
    'ShapeError',
    'AddLayer',
    'MulLayer',
    'Relu',
    'Sigmoid',
    'Affine',
    'SoftmaxWithLoss',
    'softmax',
    'logSumExp',
    'crossEntropy',
    'naiveSoftmax',
    'LabelError',
    'numericalGradient',
    'numericalDerivative',
    'gradientCheck',
    'formatNumber',
    'exactNumber',
    'InputError',
  ])('exports %s', (name) => {
    expect(typeof (core as Record<string, unknown>)[name]).toBe('function');
  });
});
