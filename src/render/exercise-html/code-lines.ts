/**
 * A method's source as numbered lines, for "find the bug" exercises: the listing the reader
 * reads, and each line as a radio option ("Line 3: const dx = …"). Code is code, not words:
 * only "Line n:" comes from the catalogue.
 */
import { escapeHtml } from '../html/escape';
import { t } from '../../messages';

/** The listing with its line numbers, as the book's source listings show them. */
export function codeListingHtml(label: string, lines: readonly string[]): string {
  const body = lines
    // The numbers are text, so they print, copy and read aloud as the options name them.
    .map(
      (line, i) =>
        `<span class="bp-ex-line">${String(i + 1).padStart(2)}  ${escapeHtml(line)}</span>`,
    )
    .join('\n');
  return `<div class="bp-ex-code"><p>${escapeHtml(label)}</p><pre><code>${body}</code></pre></div>`;
}

/** Line `n` (from 1) as an option's plain text: the catalogue's "Line n:" and the code itself. */
export function lineOptionText(n: number, code: string): string {
  return `${t('ex6.bug.option', { n: `${n}` })} ${code.trim()}`;
}
