/** The plots: activation curves (titles, accessible names, marker descriptions). */
import type { AreaWords } from '../catalogue';

export const plots: AreaWords<'plots'> = {
  'plots.sigmoidTitle': '시그모이드 σ(x)',
  'plots.sigmoidPrimeTitle': '그 도함수 σ′(x) = σ(x)(1 − σ(x))',
  'plots.reluTitle': 'ReLU(x) = max(0, x)',
  'plots.reluPrimeTitle': '계층이 실제로 쓰는 ReLU의 도함수',
  /** The accessible name of a plot; the marker description follows it. */
  'plots.label': ({ title, from, to }) => `${title}, x는 ${from}부터 ${to}까지.`,
  /** `at` is "x = 1, σ(x) = 0.731" (symbols and numbers). */
  'plots.markerOne': ({ at }) => `표시한 점: ${at}.`,
  /** `at` is several "x = …, σ(x) = …" joined by "; ". */
  'plots.markerMany': ({ at }) => `표시한 점들: ${at}.`,
};
