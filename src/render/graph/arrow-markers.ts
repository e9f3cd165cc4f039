/**
 * The arrowheads of the book's graph figures, forward and backward, as SVG `<defs>`. Lines use
 * them with `marker-end="url(#<prefix>-fwd)"` (or `-bwd`); the prefix keeps ids unique on a page.
 */
function marker(id: string, cls: string): string {
  return (
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" ` +
    `orient="auto"><path class="${cls}" d="M0,0 L10,5 L0,10 z"/></marker>`
  );
}

export const arrowMarkers = (prefix: string): string =>
  `<defs>${marker(`${prefix}-fwd`, 'bp-arrow-fwd')}${marker(`${prefix}-bwd`, 'bp-arrow-bwd')}</defs>`;
