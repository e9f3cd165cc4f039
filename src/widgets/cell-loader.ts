/**
 * Loaded by every page that has a `<Cell>`, and kept tiny: the page's load pays only for this.
 * A cell upgrades (the kit, its spec and its words are fetched, its element is defined and
 * woken) when it comes near the viewport, or at once when the URL hash holds its state, so a
 * link to a cell far down the page still restores, on load and on a later `hashchange`. A cell
 * the reader never comes near costs no script and no work. Until it upgrades, a cell shows its
 * build-time values, which is also what it prints.
 */
import { nearNow, whenNear } from './when-near';

let kit: Promise<typeof import('./cell-upgrade')> | undefined;

function upgrade(el: HTMLElement): void {
  kit ??= import('./cell-upgrade');
  kit
    .then((m) => m.upgradeCell(el))
    .catch((error: unknown) => console.error('The cell kit failed to load', error));
}

/**
 * Upgrades now every cell whose id the hash names as a state segment (`#<id>:…/<id>:…`). Loose
 * on purpose: waking a cell too many is harmless; the cell itself reads the hash strictly.
 */
export function upgradeCellsNamedInHash(): void {
  for (const part of location.hash.slice(1).split('/')) {
    const id = part.slice(0, part.indexOf(':'));
    const el = id ? document.getElementById(id) : null;
    if (el?.dataset['bpCell']) nearNow(el);
  }
}

for (const el of document.querySelectorAll<HTMLElement>('[data-bp-cell]')) {
  whenNear(el, () => upgrade(el));
}
upgradeCellsNamedInHash();
addEventListener('hashchange', upgradeCellsNamedInHash);
