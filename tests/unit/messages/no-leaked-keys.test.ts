/**
 * Every cell, rendered as the build renders it (inputs, outputs, graph, edge table and
 * announcement at the spec's initial values), shows words, never a catalogue key: a key
 * that reaches the page means some code printed a key instead of calling `t()`.
 */
import { describe, expect, it } from 'vitest';
import { areas, en } from '../../../src/messages/en/index';
import { useCatalogue } from '../../../src/messages/t';
import { initialTexts, parseTexts } from '../../../src/render/kit/field-text';
import { fieldsHtml } from '../../../src/render/kit/fields-html';
import { renderCell } from '../../../src/render/kit/render-cell';
import type { CellSpec } from '../../../src/render/kit/types';

const modules = import.meta.glob<{ default: CellSpec<unknown> }>('../../../src/render/cells/*.ts', {
  eager: true,
});
const keys = Object.keys(en);

function renderedText(spec: CellSpec<unknown>): string {
  const id = `leak-${spec.kind}`;
  const texts = initialTexts(spec.fields);
  const parsed = parseTexts(spec.fields, texts);
  if (!parsed.ok) throw new Error(`${spec.kind}: the initial values do not parse`);
  const cell = renderCell(spec, parsed.values, id, 'Title');
  return [
    fieldsHtml(id, spec.fields, texts),
    cell.outputs,
    cell.announcement,
    cell.graph?.svg() ?? '',
    cell.graph?.table() ?? '',
  ].join('\n');
}

describe('no catalogue key leaks into a rendered cell', () => {
  it('finds the cell specs', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(5);
  });

  it.each(Object.entries(modules).map(([path, m]) => [path.split('/').pop()!, m.default] as const))(
    '%s',
    (_file, spec) => {
      const html = renderedText(spec);
      expect(keys.filter((key) => html.includes(key))).toEqual([]);
      // A label that is not a key renders as nothing or "undefined".
      expect(html).not.toMatch(/\bundefined\b/);
    },
  );

  // The browser loads only the kit's and the graph's words and the spec's `areas`: rendered with
  // just those, the cell must still show words only (a missing area shows up as a key).
  it.each(Object.entries(modules).map(([path, m]) => [path.split('/').pop()!, m.default] as const))(
    '%s with only the words the browser loads for it',
    (_file, spec) => {
      const loaded = ['kit', 'graph', ...spec.areas].map((a) => areas[a as keyof typeof areas]);
      useCatalogue(Object.assign({}, ...loaded));
      try {
        const html = renderedText(spec);
        expect(keys.filter((key) => html.includes(key))).toEqual([]);
      } finally {
        useCatalogue(en);
      }
    },
  );
});
