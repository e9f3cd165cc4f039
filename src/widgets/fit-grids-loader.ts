/**
 * Loads the Fit button's code once a cell of this kind is defined (its first cell has come near
 * the viewport), not with the page.
 */
export function fitWhenDefined(kind: 'affine' | 'softmax-loss'): void {
  customElements
    .whenDefined(`bp-${kind}`)
    .then(() => import('./fit-grids-button'))
    .then((m) => m.setUpFit(kind))
    .catch((error: unknown) => console.error('The Fit button failed to load', error));
}
