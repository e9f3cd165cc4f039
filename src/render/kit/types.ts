/**
 * The contract of a notebook cell. A chapter defines a `CellSpec` (pure: no DOM), places it
 * with `<Cell spec={…} />` in MDX, and registers it in the browser with `defineCell(spec)`.
 * The same `compute` and `renderResult` run at build time and on every edit, so the static
 * page and the live page cannot disagree.
 */
import type { MessageKey, WordArea } from '../../messages';
import type { GraphView } from '../graph/graph-view';

/** A number typed into a labelled text input. */
export interface ScalarField {
  readonly kind: 'scalar';
  /** Key in `CellValues` and in the URL hash; `[a-z][a-zA-Z0-9]*`. */
  readonly name: string;
  /** The catalogue key of the quantity as the prose names it, e.g. "Apple price". */
  readonly label: MessageKey;
  readonly initial: number;
  /** ↑/↓ nudge; Shift multiplies by 10. Default 1. */
  readonly step?: number;
}

/** An editable grid of numbers. */
export interface MatrixField {
  readonly kind: 'matrix';
  readonly name: string;
  readonly label: MessageKey;
  readonly initial: readonly (readonly number[])[];
  /** Allowed row and column counts, inclusive; default MATRIX_BOUNDS (render/kit/shape.ts) each. Equal bounds fix the size. */
  readonly rows?: readonly [min: number, max: number];
  readonly cols?: readonly [min: number, max: number];
}

/** One of a few named options (a radio group). */
export interface ChoiceField {
  readonly kind: 'choice';
  readonly name: string;
  readonly label: MessageKey;
  readonly options: readonly { readonly value: string; readonly label: MessageKey }[];
  readonly initial: string;
}

/**
 * A field shown only while a choice field has a given value (the other label format, say). While
 * hidden, it is not parsed: what it holds can't block the cell, and `compute` doesn't get it.
 * (The page hides it too, in the cell's CSS.)
 */
export interface ShownWhen {
  readonly shownWhen?: { readonly field: string; readonly value: string };
}

export type FieldSpec = (ScalarField | MatrixField | ChoiceField) & ShownWhen;
export type FieldValue = number | number[][] | string;
export type CellValues = Record<string, FieldValue>;

export interface CellSpec<R = unknown> {
  /** Element name suffix and registry key: `defineCell` makes `<bp-${kind}>`. Unique in the book. */
  readonly kind: string;
  /**
   * The catalogue areas whose words this cell shows, besides the kit's and the graph's (which
   * every cell gets): the browser loads only these. A word from an area not listed shows as its
   * key, which `tests/unit/messages/no-leaked-keys.test.ts` catches.
   */
  readonly areas: readonly WordArea[];
  readonly fields: readonly FieldSpec[];
  /**
   * Forward and backward for these inputs. Throws `InputError` (src/core/input-error.ts)
   * naming the field when the inputs are individually valid but don't fit together.
   */
  compute(values: CellValues): R;
  /** The outputs as HTML (escaped, no scripts): tables of forward and backward values. */
  renderResult(result: R, values: CellValues): string;
  /** One short sentence for the polite live region, e.g. "Payment 715; ∂L/∂apple price 2.2". */
  announce(result: R): string;
  /**
   * The part of the result (and graph) the kit's finite guard checks; by default all of both.
   * Only for a cell that deliberately shows an overflow, in words, beside finite results (the
   * naive softmax, the sigmoid's primitive nodes): it returns everything else it shows.
   */
  guarded?(result: R): unknown;
  /** When present, the cell draws this computational graph with a step-backward control. */
  graph?(result: R): GraphView;
}
