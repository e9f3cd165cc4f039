/**
 * The network's probability for each digit as a list of bars, each with its number as text, the
 * most likely one also marked in words (not by colour only). Plain HTML, so it reflows to 320 px.
 */
import { t } from '../../../messages/t';

/** Two decimals read well beside a bar; the announcement says the same. */
export const probabilityText = (p: number): string =>
  Number.isFinite(p) ? p.toFixed(2) : t('digits.noValue');

/** The index of the largest finite probability, or undefined when there is none. */
export function mostLikely(probabilities: readonly number[]): number | undefined {
  let best: number | undefined;
  probabilities.forEach((p, k) => {
    if (Number.isFinite(p) && (best === undefined || p > (probabilities[best] as number))) best = k;
  });
  return best;
}

/**
 * `probabilities[k]` for digit k → `<ol class="bp-probs">`. For a blank pad (`blank`) no digit is
 * named most likely: a note says nothing is drawn, and the bars are what the network answers
 * for a blank image.
 */
export function probabilityListHtml(probabilities: readonly number[], blank = false): string {
  const top = blank ? undefined : mostLikely(probabilities);
  const rows = probabilities
    .map((p, k) => {
      const width = Number.isFinite(p) ? Math.round(Math.min(1, Math.max(0, p)) * 1000) / 10 : 0;
      const mark = k === top ? ` <span class="bp-probs-top">${t('digits.mostLikely')}</span>` : '';
      return (
        `<li${k === top ? ' class="bp-probs-best"' : ''}><span class="bp-probs-digit">${k}</span>` +
        `<span class="bp-probs-bar" aria-hidden="true"><span style="width:${width}%"></span></span>` +
        `<span class="bp-probs-value">${probabilityText(p)}${mark}</span></li>`
      );
    })
    .join('');
  const note = blank ? `<p class="bp-probs-blank">${t('digits.nothingDrawn')}</p>` : '';
  return `${note}<ol class="bp-probs" role="list">${rows}</ol>`;
}
