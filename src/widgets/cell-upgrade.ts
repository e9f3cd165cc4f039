/**
 * The lazy half of the cell loader (cell-loader.ts imports it when the first cell comes near):
 * defines a cell's element once its spec module (each `src/render/cells/<kind>.ts` is its own
 * chunk) and its words have loaded, and wakes that one element. Other cells of the same kind
 * stay asleep until they come near.
 */
import type { CellSpec } from '../render/kit/types';
import { defineCell, wakeCell } from './define-cell';
import { loadWords } from './load-words';
import { wakeControls } from './wake-controls';

const modules = import.meta.glob<{ default: CellSpec<unknown> }>('../render/cells/*.ts');
// The kit's words, fetched alongside the first spec rather than after it.
const common = loadWords([]);
const defined = new Map<string, Promise<void>>();

function define(kind: string, drawsGraph: boolean): Promise<void> {
  const known = defined.get(kind);
  if (known) return known;
  const load = modules[`../render/cells/${kind}.ts`];
  const done = load
    ? Promise.all([load(), common, drawsGraph && loadWords(['graph'])]).then(async ([m]) => {
        const spec = m.default;
        await loadWords(spec.graph ? [...spec.areas, 'graph'] : spec.areas);
        defineCell(spec);
      })
    : Promise.reject(new Error(`No cell spec module src/render/cells/${kind}.ts`));
  defined.set(kind, done);
  return done;
}

/** Upgrades this cell: now if its kind is defined, else as soon as it is. */
export function upgradeCell(el: HTMLElement): void {
  const kind = el.dataset['bpCell'] ?? '';
  wakeControls(el);
  wakeCell(el);
  define(kind, el.querySelector('.bp-graph') !== null).catch((error: unknown) =>
    console.error(`Cell "${kind}" failed to load`, error),
  );
}
