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

/**
 * A verdict for the reader, in words. `kinks` counts the inputs within h of ReLU's corner at 0,
 * where a central difference straddles the corner and cannot agree with the layer.
 */
export function verdict(agree: boolean, kinks: number): string {
  if (agree) return t('activation.agree');
  if (kinks > 0) {
    return kinks === 1
      ? t('activation.disagreeKinkOne')
      : t('activation.disagreeKinks', { n: kinks });
  }
  return t('activation.disagree');
}
