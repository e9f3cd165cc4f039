/**
 * Registers a cell spec in the browser: defines `<bp-${spec.kind}>` as a `CellElement` that
 * runs this spec. Safe to call twice (the second call does nothing). An element upgrades only
 * once woken (`wakeCell`, when it comes near the viewport): defining a kind does no work for
 * the cells of that kind further down the page.
 */
import type { CellSpec } from '../render/kit/types';
import { CellElement } from './cell-element';

const awake = new WeakSet<Element>();
/** Dispatched (bubbling) by a cell element when it has upgraded. */
export const CELL_UPGRADED = 'bp-cell-upgraded';

export function defineCell<R>(spec: CellSpec<R>): void {
  const name = `bp-${spec.kind}`;
  if (customElements.get(name)) return;
  customElements.define(
    name,
    class extends CellElement {
      readonly spec = spec as CellSpec<unknown>;
      override connectedCallback(): void {
        if (!awake.has(this) || this.classList.contains('bp-upgraded')) return;
        super.connectedCallback();
        // For the helpers that dress a cell once it is live (the Fit button).
        this.dispatchEvent(new Event(CELL_UPGRADED, { bubbles: true }));
      }
    },
  );
}

/** Lets this cell upgrade: at once if its kind is defined, else when `defineCell` runs. */
export function wakeCell(el: HTMLElement): void {
  awake.add(el);
  if (el instanceof CellElement && el.isConnected) el.connectedCallback();
}
