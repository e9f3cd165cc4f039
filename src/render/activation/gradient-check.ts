import { t } from '../../messages';

/**
 * The gradient check the activation cells show: the layer's dx beside a central-difference
 * estimate, with the relative error of each entry.
 */
import { relativeError } from '../../core/relative-error';

/** Below this, layer and estimate agree: central differences with h = 1e-5 reach ≈1e-10. */
export const AGREES = 1e-7;

/**
 * True when the layer's `a` and the estimate `b` agree: by relative error, or, for gradients so
 * small that the estimate is mostly float noise, by an absolute `noise` bound. (A central
 * difference of a loss of size |L| carries rounding noise of about 1e-16 · |L| / h.)
 */
export function agrees(a: number, b: number, noise = 0): boolean {
  return relativeError(a, b) < AGREES || Math.abs(a - b) <= noise;
}

/** What a gradient check found: agreement, disagreement, or that it can't tell. */
export type CheckOutcome = 'agree' | 'disagree' | 'unchecked';

/** Agreement only by the noise bound is trusted up to this whole-matrix relative error. */
const NOISY_AGREEMENT = 1e-4;

/**
 * The one rule every gradient check in the book follows. `analytic` and `numeric` are the
 * gradient's entries by backprop and by central differences, `error` their relative error over
 * all entries, `noise` the estimate's rounding-noise bound (dropped when not finite). A check
 * whose error, gradient or estimate is not finite can't tell, and so never agrees; so can't a
 * check that agrees only within the noise bound while the whole error is large.
 */
export function checkOutcome(
  analytic: readonly number[],
  numeric: readonly number[],
  error: number,
  noise: number,
): CheckOutcome {
  const finite = (v: readonly number[]): boolean => v.every(Number.isFinite);
  if (!Number.isFinite(error) || !finite(analytic) || !finite(numeric)) return 'unchecked';
  const bound = Number.isFinite(noise) ? noise : 0;
  if (!analytic.every((v, k) => agrees(v, numeric[k]!, bound))) return 'disagree';
  return error < NOISY_AGREEMENT ? 'agree' : 'unchecked';
}

/**
 * A verdict for the reader, in words. `kinks` counts the inputs within h of ReLU's corner at 0,
 * where a central difference straddles the corner and cannot agree with the layer.
 */
export function verdict(outcome: CheckOutcome, kinks: number): string {
  if (outcome === 'agree') return t('activation.agree');
  if (outcome === 'unchecked') return t('activation.cantTell');
  if (kinks > 0) {
    return kinks === 1
      ? t('activation.disagreeKinkOne')
      : t('activation.disagreeKinks', { n: kinks });
  }
  return t('activation.disagree');
}
