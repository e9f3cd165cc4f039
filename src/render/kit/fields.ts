/** Short constructors for field specs, so a cell's inputs read as one line each. */
import type { MessageKey } from '../../messages';
import type { ChoiceField, MatrixField } from './types';

type Bounds = readonly [min: number, max: number];
type Grid = readonly (readonly number[])[];

/** A matrix input; `rows`/`cols` bound its size (default MATRIX_BOUNDS). */
export function matrixField(
  name: string,
  label: MessageKey,
  initial: Grid,
  size: { readonly rows?: Bounds; readonly cols?: Bounds } = {},
): MatrixField {
  return { kind: 'matrix', name, label, initial, ...size };
}

/** A radio group; `options` as [value, label key] pairs. */
export function choiceField(
  name: string,
  label: MessageKey,
  initial: string,
  options: readonly (readonly [value: string, label: MessageKey])[],
): ChoiceField {
  return {
    kind: 'choice',
    name,
    label,
    initial,
    options: options.map(([value, text]) => ({ value, label: text })),
  };
}
