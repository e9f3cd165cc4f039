// No import circles in src/, type-only included, between files or between folders; and the
// layering DESIGN.md states: content → components → widgets → render → core, pointing down only.
import { describe, expect, it } from 'vitest';
import { cyclePath, cyclicComponents, type Graph } from './cycles';
import { folderGraph, folderOf, importGraph, importingCode, specifiers } from './import-graph';

const graphOf = (edges: Record<string, string[]>): Graph =>
  new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

/**
 * Each cycle as one line: the concrete path, the whole component when it is larger, and for a
 * folder cycle, a file import behind each of its edges.
 */
function describeCycles(
  graph: Graph,
  allowSelfEdges = false,
  why: (from: string, to: string) => string = () => '',
): string[] {
  return cyclicComponents(graph, allowSelfEdges).map((c) => {
    const path = cyclePath(graph, c);
    const steps = path.split(' → ');
    const whole = steps.length - 1 < c.length ? `   (component: ${c.join(', ')})` : '';
    const because = steps
      .slice(1)
      .map((to, i) => why(steps[i]!, to))
      .filter(Boolean);
    return `${path}${whole}${because.length ? `   because ${because.join('; ')}` : ''}`;
  });
}

describe('the checker itself', () => {
  it('finds a known cycle, and only that one', () => {
    const g = graphOf({ a: ['b'], b: ['c'], c: ['a', 'd'], d: [], e: ['d'] });
    expect(cyclicComponents(g)).toEqual([['a', 'b', 'c']]);
    expect(cyclePath(g, ['a', 'b', 'c'])).toBe('a → b → c → a');
  });

  it('finds two separate cycles and a self-edge, and can allow self-edges', () => {
    const g = graphOf({ a: ['b'], b: ['a'], c: ['d'], d: ['c'], e: ['e'] });
    expect(cyclicComponents(g)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(cyclicComponents(g, true)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('passes an acyclic graph, diamonds included', () => {
    const g = graphOf({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] });
    expect(cyclicComponents(g)).toEqual([]);
  });

  it('reads every kind of import, type-only and ?raw included, and .astro frontmatter and scripts', () => {
    const ts = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "export * from './d';",
      "import './e.css';",
      "const f = await import('./f');",
      "import raw from './g.ts?raw';",
      "// import { no } from './commented';",
      'import {\n  h,\n  type I,\n} from "./h";',
    ].join('\n');
    expect(specifiers(ts)).toEqual(
      expect.arrayContaining(['./a', '../b', './c', './d', './e.css', './f', './g.ts?raw', './h']),
    );
    expect(specifiers(ts)).not.toContain('./commented');
    const astro =
      "---\nimport X from './X.astro';\n---\n<p>import y from './no'</p>\n<script>\n  import './el';\n</script>";
    expect(specifiers(importingCode('c.astro', astro)).sort()).toEqual(['./X.astro', './el']);
  });

  it('groups files into folders at the depth the layering speaks of', () => {
    expect(folderOf('src/render/graph/svg.ts')).toBe('src/render/graph');
    expect(folderOf('src/components/chrome/Toc.astro')).toBe('src/components/chrome');
    expect(folderOf('src/components/Cell.astro')).toBe('src/components');
    expect(folderOf('src/widgets/affine-and-softmax/fit-shapes.ts')).toBe('src/widgets');
    expect(folderOf('src/core/graph/ops.ts')).toBe('src/core');
    expect(folderOf('src/middleware.ts')).toBe('src');
  });
});

describe('src/', () => {
  const { files, unresolved } = importGraph();

  it('is read: every relative import names a file', () => {
    expect(files.size).toBeGreaterThan(50);
    expect(unresolved).toEqual([]);
  });

  it('has no import cycle between files', () => {
    expect(describeCycles(files)).toEqual([]);
  });

  it('has no import cycle between folders', () => {
    // Name one file import behind each folder edge, so the message says what to move.
    const why = (from: string, to: string) => {
      for (const [file, targets] of files) {
        if (folderOf(file) !== from) continue;
        const t = [...targets].find((x) => folderOf(x) === to);
        if (t) return `${file} → ${t}`;
      }
      return '';
    };
    expect(describeCycles(folderGraph(files), true, why)).toEqual([]);
  });

  /** Every import from a file under `from` into a file under any of `forbidden`. */
  const crossing = (from: string, allowed: (target: string) => boolean): string[] =>
    [...files]
      .filter(([file]) => file.startsWith(`${from}/`))
      .flatMap(([file, targets]) =>
        [...targets].filter((t) => !allowed(t)).map((t) => `${file} → ${t}`),
      );
  const under =
    (...dirs: string[]) =>
    (t: string) =>
      dirs.some((d) => t.startsWith(`src/${d}/`));

  it('core imports nothing of ours outside core', () => {
    expect(crossing('src/core', under('core'))).toEqual([]);
  });

  it('render imports nothing from widgets, components, pages or layouts', () => {
    const above = under('widgets', 'components', 'pages', 'layouts');
    expect(crossing('src/render', (t) => !above(t))).toEqual([]);
  });

  it('widgets import nothing from components, pages or layouts', () => {
    const above = under('components', 'pages', 'layouts');
    expect(crossing('src/widgets', (t) => !above(t))).toEqual([]);
  });
});
