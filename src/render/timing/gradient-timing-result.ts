/**
 * The markup of chapter 1's timing panel once a timing has run (pure: numbers in, HTML out).
 * The element in src/widgets/gradient-timing-element.ts calls it with a fresh measurement.
 */
import { formatNumber } from '../../core/index';
import type { GradientTiming } from './time-gradients';
import { formatCount } from '../html/number-html';

/** Milliseconds for reading: 3 significant digits, never exponent form for sane timings. */
export function formatMs(ms: number): string {
  if (ms >= 100) return `${formatCount(Math.round(ms))} ms`;
  return `${Number(ms.toPrecision(3))} ms`;
}

/** A table of both timings, the ratio, and how closely the two gradients agree. */
export function timingResultHtml(t: GradientTiming): string {
  const { inputs, hidden, classes, batch } = t.shape;
  const passes = formatCount(2 * t.parameters);
  return (
    `<table class="bp-result gradient-timing__table">` +
    `<caption>Measured in this browser on a ${inputs} → ${hidden} → ${classes} network ` +
    `(${formatCount(t.parameters)} parameters, batch of ${batch})</caption>` +
    `<tbody>` +
    `<tr><th scope="row">numerical gradient (${passes} forward passes)</th>` +
    `<td>${formatMs(t.numericalMs)}</td></tr>` +
    `<tr><th scope="row">backpropagation (1 forward + 1 backward)</th>` +
    `<td>${formatMs(t.backpropMs)}</td></tr>` +
    `<tr><th scope="row">backpropagation is faster by</th>` +
    `<td>${formatCount(Math.round(t.ratio))} ×</td></tr>` +
    `<tr><th scope="row">difference between the two gradients</th>` +
    `<td>${formatNumber(t.relativeError)} (relative)</td></tr>` +
    `</tbody></table>`
  );
}

/** The sentence for the live region. */
export function timingAnnouncement(t: GradientTiming): string {
  return (
    `Numerical gradient ${formatMs(t.numericalMs)}, backpropagation ${formatMs(t.backpropMs)}: ` +
    `about ${formatCount(Math.round(t.ratio))} times faster.`
  );
}
