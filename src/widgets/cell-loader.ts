/**
 * Loaded by every page that has a `<Cell>`: finds the page's cells and imports only their
 * spec modules (each `src/render/cells/<kind>.ts` becomes its own chunk) and the words they
 * show, then defines them.
 */
import type { CellSpec } from '../render/kit/types';
import { defineCell } from './define-cell';
import { loadWords } from './load-words';
import { scrollToLinkedCell } from './link-scroll';

scrollToLinkedCell();

const modules = import.meta.glob<{ default: CellSpec<unknown> }>('../render/cells/*.ts');

const kinds = new Set(
  [...document.querySelectorAll<HTMLElement>('[data-bp-cell]')].map((el) => el.dataset['bpCell']),
);
// The kit's and the graph's words, fetched alongside the specs rather than after them.
const common = kinds.size ? loadWords([]) : Promise.resolve();
for (const kind of kinds) {
  const load = modules[`../render/cells/${kind}.ts`];
  if (!load) {
    console.error(`No cell spec module src/render/cells/${kind}.ts`);
    continue;
  }
  Promise.all([load(), common])
    .then(async ([m]) => {
      await loadWords(m.default.areas);
      defineCell(m.default);
    })
    .catch((error: unknown) => console.error(`Cell "${kind}" failed to load`, error));
}
