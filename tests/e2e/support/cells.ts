// Every cell the built book has, found in dist/ rather than listed by hand, so the adversarial
// suite (tests/e2e/adversarial/) covers a cell the day a chapter places it.
import { distPages, isWholeBook, readDist } from './dist';

export interface BuiltCell {
  /** The URL path of the page that holds it, e.g. "/chapters/chain-rule/". */
  readonly page: string;
  /** The element id, also its key in the URL hash. */
  readonly id: string;
  /** The spec's kind: the element is `<bp-${kind}>`. */
  readonly kind: string;
}

const CELL_TAG = /<bp-[a-z0-9-]+\b[^>]*\bdata-bp-cell="([a-z0-9-]+)"[^>]*>/g;
const ID = /\bid="([a-z][a-z0-9-]*)"/;

/** The cells of one built page, in document order. */
export function cellsOn(page: string): BuiltCell[] {
  return [...readDist(page).matchAll(CELL_TAG)].map((m) => ({
    page,
    id: ID.exec(m[0])?.[1] ?? '',
    kind: m[1]!,
  }));
}

/**
 * Every cell of every English page except the whole-book page (which repeats the chapters' cells
 * under prefixed ids; its own gates cover it). The fixture gallery is included when it was built.
 * The Korean edition runs the same cells with other words: korean-edition.spec.ts drives each of
 * them (`koreanCells`) with junk and extremes, in Korean.
 */
export function builtCells(): BuiltCell[] {
  return distPages()
    .filter((p) => !isWholeBook(p) && !p.startsWith('/ko/'))
    .flatMap(cellsOn);
}

/** Every cell of the Korean chapters. */
export function koreanCells(): BuiltCell[] {
  return distPages()
    .filter((p) => p.startsWith('/ko/chapters/'))
    .flatMap(cellsOn);
}

/** The pages that hold at least one cell. */
export function pagesWithCells(): string[] {
  return [...new Set(builtCells().map((c) => c.page))];
}

/**
 * Brings every cell of the open page near the viewport, as a reader scrolling through would, and
 * waits until all have upgraded: cells upgrade lazily (src/widgets/cell-loader.ts).
 */
export async function upgradeAllCells(page: import('@playwright/test').Page): Promise<void> {
  const { expect } = await import('@playwright/test');
  // One at a time: a cell scrolled past before a frame was drawn would never have been near.
  for (const cell of await page.locator('[data-bp-cell]').all()) {
    await cell.scrollIntoViewIfNeeded();
    await expect(cell).toHaveClass(/\bbp-upgraded\b/, { timeout: 30_000 });
  }
}

/** Brings one cell near the viewport and waits until it has upgraded (before typing into it). */
export async function upgradeCell(
  cell: import('@playwright/test').Locator,
  timeout = 20_000,
): Promise<void> {
  const { expect } = await import('@playwright/test');
  await cell.scrollIntoViewIfNeeded();
  await expect(cell).toHaveClass(/\bbp-upgraded\b/, { timeout });
}
