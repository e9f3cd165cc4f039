/**
 * Registers a cell spec in the browser: defines `<bp-${spec.kind}>` as a `CellElement` that
 * runs this spec. Safe to call twice (the second call does nothing).
 */
import type { CellSpec } from '../render/kit/types';
import { CellElement } from './cell-element';

export function defineCell<R>(spec: CellSpec<R>): void {
  const name = `bp-${spec.kind}`;
  if (customElements.get(name)) return;
  customElements.define(
    name,
    class extends CellElement {
      readonly spec = spec as CellSpec<unknown>;
    },
  );
}
