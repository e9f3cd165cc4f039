/** Shared by the tests that render cells and check that no catalogue key reaches the page. */
import { en } from '../../../src/messages/en/index';
import type { CellSpec, CellValues } from '../../../src/render/kit/types';

/** Every catalogue key that appears in `text`. */
export const leaked = (text: string): string[] =>
  (text.match(/\b[a-z]+\.[a-z][A-Za-z]+\b/g) ?? []).filter((k) => k in en);

/** The spec's starting values. */
export const initial = (spec: CellSpec<unknown>): CellValues =>
  Object.fromEntries(spec.fields.map((f) => [f.name, f.initial as CellValues[string]]));

/** Outputs and announcement for these values. */
export const render = (spec: CellSpec<unknown>, values: CellValues): string => {
  const r = spec.compute(values);
  return spec.renderResult(r, values) + spec.announce(r);
};
