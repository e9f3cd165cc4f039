/**
 * The layer library: every number the book shows is computed here, by the same code the
 * reader sees in the listings. Pure TypeScript — no DOM, no Astro.
 */
export { Matrix } from './matrix';
export { ShapeError, shapeText } from './shape-error';
export { AddLayer } from './add-layer';
export { MulLayer } from './mul-layer';
export { Relu } from './relu';
export { Sigmoid, sigmoid } from './sigmoid';
export { Affine } from './affine';
export { SoftmaxWithLoss } from './softmax-with-loss';
export { softmax, logSumExp, crossEntropy } from './softmax';
export { naiveSoftmax } from './naive-softmax';
export { LabelError, toLabels, oneHot } from './labels';
export { numericalDerivative, numericalGradient } from './numerical-gradient';
export { gradientCheck } from './gradient-check';
export { relativeError } from './relative-error';
export { mulberry32 } from './random';
export { randomNetwork } from './random-network';
export type { GradientCheckReport, ParameterCheck } from './gradient-check';
export { formatNumber, exactNumber } from './format-number';
export { InputError } from './input-error';
