/**
 * A find-the-bug exercise's code: the lines of a layer as a listing, and the same lines (those a
 * reader may pick) as the radio options, so the options cannot drift from what the listing shows.
 */
import { escapeHtml } from '../html/escape';

/** One line of a listing; `pick` names a line the reader may choose as the faulty one. */
export interface ListingLine {
  readonly code: string;
  readonly pick?: string;
}

/** The listing as a code block (plain, escaped: code is never translated). */
export function listingHtml(lines: readonly ListingLine[]): string {
  const body = lines.map((l) => escapeHtml(l.code)).join('\n');
  return `<pre class="bp-ex-listing"><code>${body}</code></pre>`;
}

/** The lines a reader may pick, as radio options whose label is the line of code itself. */
export function lineOptions(
  lines: readonly ListingLine[],
): { readonly value: string; readonly label: string }[] {
  return lines.flatMap((l) => (l.pick ? [{ value: l.pick, label: l.code.trim() }] : []));
}
