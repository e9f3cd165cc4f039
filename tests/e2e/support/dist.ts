// The built site on disk: every page is found by walking dist/, never from a hand-kept list.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The build: dist/, or BP_OUT's folder (the sub-path build of the base-path gates). */
export const DIST = join(process.cwd(), process.env['BP_OUT'] || 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : walk(full);
    return name === 'index.html' || name.endsWith('.html') ? [full] : [];
  });
}

/** URL paths ("/", "/chapters/x/") of every HTML page in dist/. */
export function distPages(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
  return walk(DIST)
    .map((file) => '/' + relative(DIST, file).split(sep).join('/'))
    .map((p) => p.replace(/index\.html$/, ''))
    .sort();
}

/** The dist file a URL path is served from, or undefined when nothing would be. */
export function distFileFor(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/')
    ? [join(DIST, clean, 'index.html')]
    : [join(DIST, clean), join(DIST, clean, 'index.html'), join(DIST, `${clean}.html`)];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile());
}

export function readDist(pathname: string): string {
  const file = distFileFor(pathname);
  if (!file) throw new Error(`no file in dist/ for ${pathname}`);
  return readFileSync(file, 'utf8');
}

export const gzipSize = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

/** The whole-book page of either edition (`/book/`, `/ko/book/`): every chapter on one page. */
export const isWholeBook = (path: string): boolean => /^\/(ko\/)?book\/$/.test(path);

/** A missing-page page of either edition (`/404.html`, `/ko/404/`): no canonical URL. */
export const isNotFound = (path: string): boolean => /^\/(ko\/)?404(\.html|\/)$/.test(path);
