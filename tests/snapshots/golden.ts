/**
 * Golden files for the SVG renderers. On a mismatch the new drawing is written beside the golden
 * as `<name>-changed.svg` for review and the test fails; to accept it, move it over the golden.
 * A missing golden is written (and the test fails once, so a golden is never silently created).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Compares `content` with the golden file at `path` (…/name.svg). */
export function expectGolden(path: string, content: string): void {
  const changed = path.replace(/\.svg$/, '-changed.svg');
  const name = path.replace(/^.*\//, '');
  if (!existsSync(path)) {
    writeFileSync(path, content);
    throw new Error(`wrote a new golden ${name}: review it and run again`);
  }
  if (readFileSync(path, 'utf8') === content) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, content);
  expect.fail(`${name} differs from its golden; see ${changed.replace(/^.*\//, '')}`);
}
