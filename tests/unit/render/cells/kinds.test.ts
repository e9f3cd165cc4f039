import { describe, expect, it } from 'vitest';
import type { CellSpec } from '../../../../src/render/kit/types';

// The browser's loader finds a cell's spec module by kind: src/render/cells/<kind>.ts.
const modules = import.meta.glob<{ default?: CellSpec<unknown> }>(
  '../../../../src/render/cells/*.ts',
  {
    eager: true,
  },
);
const files = Object.entries(modules).map(
  ([path, m]) => [path.replace(/^.*\//, '').replace(/\.ts$/, ''), m] as const,
);

describe('src/render/cells/', () => {
  it('holds cell specs', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s.ts default-exports the spec of that kind', (name, m) => {
    expect(m.default?.kind).toBe(name);
    expect(Array.isArray(m.default?.fields)).toBe(true);
    expect(typeof m.default?.compute).toBe('function');
  });
});
