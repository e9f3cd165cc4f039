/** The plots: activation curves (titles, accessible names, marker descriptions). */
export const plots = {
  'plots.sigmoidTitle': 'The sigmoid σ(x)',
  'plots.sigmoidPrimeTitle': 'Its derivative σ′(x) = σ(x)(1 − σ(x))',
  'plots.reluTitle': 'ReLU(x) = max(0, x)',
  'plots.reluPrimeTitle': 'Its derivative, as the layer uses it',
  /** The accessible name of a plot; the marker description follows it. */
  'plots.label': ({ title, from, to }: { title: string; from: number; to: number }) =>
    `${title}, for x from ${from} to ${to}.`,
  /** `at` is "x = 1, σ(x) = 0.731" (symbols and numbers). */
  'plots.markerOne': ({ at }: { at: string }) => `Marker at ${at}.`,
  /** `at` is several "x = …, σ(x) = …" joined by "; ". */
  'plots.markerMany': ({ at }: { at: string }) => `Markers at ${at}.`,
} as const;
