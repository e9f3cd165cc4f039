/**
 * What the helpers around a cell (its click, key and paste handlers; the Fit button) may ask of
 * the cell element. `CellElement` implements it; the helpers depend on this, not on the class,
 * so the element can import them without an import circle.
 */
import type { FieldError } from '../render/kit/field-text';
import type { CellSpec } from '../render/kit/types';
import type { GraphStepper } from './graph-stepper';

export interface CellHost extends HTMLElement {
  readonly spec: CellSpec<unknown>;
  readonly stepper: GraphStepper | undefined;
  /** Reads, parses, computes and renders; returns whether the result is current. */
  recompute(announce: boolean): boolean;
  /** Shows errors found outside `compute` (e.g. a bad paste); the last result stays. */
  reportErrors(errors: ReadonlyMap<string, FieldError>): void;
  /** Announces politely, after `delay` ms. */
  say(message: string, delay?: number): void;
  reset(): void;
  link(): Promise<void>;
}
