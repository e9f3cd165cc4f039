// The import graph of src/: every relative import of every .ts, .mjs and .astro file, type-only
// imports, re-exports, dynamic import() and ?raw imports included, resolved to files.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const ROOT = process.cwd();
const CODE = /\.(ts|mjs|astro)$/;
/** Files an import may name that are not code and so cannot close a cycle. */
const ASSET = /\.(css|json|svg|png|woff2?|txt|md|mdx)$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : CODE.test(name) ? [full] : [];
  });
}

/** The parts of a file that hold imports: all of a script; an .astro file's frontmatter and <script>s. */
export function importingCode(path: string, text: string): string {
  if (!path.endsWith('.astro')) return text;
  const front = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [front, ...scripts].join('\n');
}

/** Every module specifier in `code`: static, type-only, side-effect, re-export and dynamic. */
export function specifiers(code: string): string[] {
  const clean = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const patterns = [
    /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, // import … from, export … from
    /\bimport\s*['"]([^'"]+)['"]/g, // import './side-effect'
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, // import('./lazy')
  ];
  return patterns.flatMap((p) => [...clean.matchAll(p)].map((m) => m[1]!));
}

/** The file a relative specifier names, or undefined when there is none. */
export function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  const candidates = [
    base,
    base.replace(/\.js$/, '.ts'),
    `${base}.ts`,
    `${base}.mjs`,
    `${base}.astro`,
    join(base, 'index.ts'),
  ];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile());
}

export interface ImportGraph {
  /** File (path relative to the repo, with /) → the files it imports. */
  readonly files: Map<string, Set<string>>;
  /** Relative imports that name no file, as `file: specifier`. */
  readonly unresolved: string[];
}

const rel = (file: string) => relative(ROOT, file).split(sep).join('/');

export function importGraph(srcDir = join(ROOT, 'src')): ImportGraph {
  const files = new Map<string, Set<string>>();
  const unresolved: string[] = [];
  for (const file of walk(srcDir)) {
    const edges = new Set<string>();
    for (const spec of specifiers(importingCode(file, readFileSync(file, 'utf8')))) {
      if (!spec.startsWith('.')) continue; // a package, or astro:*: not ours
      const target = resolveImport(file, spec);
      if (target && CODE.test(target)) edges.add(rel(target));
      else if (!target || !ASSET.test(target)) unresolved.push(`${rel(file)}: ${spec}`);
    }
    files.set(rel(file), edges);
  }
  return { files, unresolved };
}

/**
 * The folder a file belongs to for layering: src/render/<x> and src/components/<x> one level
 * down, every other top-level folder (core, widgets, pages, …) whole, and files at src/ as "src".
 */
export function folderOf(file: string): string {
  const parts = file.split('/'); // src/…
  if (parts.length === 2) return 'src';
  const top = `src/${parts[1]}`;
  return (parts[1] === 'render' || parts[1] === 'components') && parts.length > 3
    ? `${top}/${parts[2]}`
    : top;
}

/** The folder graph: an edge for every file edge that crosses folders, self-edges included. */
export function folderGraph(
  files: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, Set<string>> {
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of files) {
    const from = folderOf(file);
    const edges = folders.get(from) ?? new Set<string>();
    for (const t of targets) edges.add(folderOf(t));
    folders.set(from, edges);
  }
  return folders;
}
