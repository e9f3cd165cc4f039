/**
 * The markup of chapter 1's timing panel once a timing has run (pure: numbers in, HTML out).
 * The element in src/widgets/gradient-timing-element.ts calls it with a fresh measurement.
 */
import { formatNumber } from '../../core/index';
import type { GradientTiming } from './time-gradients';
import { formatCount } from '../html/number-html';
import { escapeHtml } from '../html/escape';
import { t } from '../../messages';

/** Milliseconds for reading: 3 significant digits, never exponent form for sane timings. */
export function formatMs(ms: number): string {
  if (ms >= 100) return t('timing.ms', { ms: formatCount(Math.round(ms)) });
  return t('timing.ms', { ms: `${Number(ms.toPrecision(3))}` });
}

/** A table of both timings, the ratio, and how closely the two gradients agree. */
export function timingResultHtml(timing: GradientTiming): string {
  const { inputs, hidden, classes, batch } = timing.shape;
  const passes = formatCount(2 * timing.parameters);
  const caption = t('timing.caption', {
    inputs: `${inputs}`,
    hidden: `${hidden}`,
    classes: `${classes}`,
    parameters: formatCount(timing.parameters),
    batch: `${batch}`,
  });
  return (
    `<table class="bp-result gradient-timing__table">` +
    `<caption>${escapeHtml(caption)}</caption>` +
    `<tbody>` +
    `<tr><th scope="row">${escapeHtml(t('timing.numerical', { passes }))}</th>` +
    `<td>${escapeHtml(formatMs(timing.numericalMs))}</td></tr>` +
    `<tr><th scope="row">${escapeHtml(t('timing.backprop'))}</th>` +
    `<td>${escapeHtml(formatMs(timing.backpropMs))}</td></tr>` +
    `<tr><th scope="row">${escapeHtml(t('timing.fasterBy'))}</th>` +
    `<td>${escapeHtml(t('timing.ratio', { ratio: formatCount(Math.round(timing.ratio)) }))}</td></tr>` +
    `<tr><th scope="row">${escapeHtml(t('timing.difference'))}</th>` +
    `<td>${escapeHtml(t('timing.relative', { error: formatNumber(timing.relativeError) }))}</td></tr>` +
    `</tbody></table>`
  );
}

/** The sentence for the live region. */
export function timingAnnouncement(timing: GradientTiming): string {
  return t('timing.announce', {
    numerical: formatMs(timing.numericalMs),
    backprop: formatMs(timing.backpropMs),
    ratio: formatCount(Math.round(timing.ratio)),
  });
}
