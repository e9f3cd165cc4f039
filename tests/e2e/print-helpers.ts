/** Shared by the print specs: which pages exist, and PDF text/image tools (poppler-utils). */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A4 minus the 19 mm side margins of src/styles/print.css, in CSS px (96 per inch). */
export const A4_CONTENT_PX = Math.floor(((210 - 2 * 19) / 25.4) * 96);

/** Every built chapter page of an edition, from dist/ (so new chapters are covered as they land). */
export function chapterPaths(edition: 'en' | 'ko' = 'en'): string[] {
  const prefix = edition === 'en' ? '' : `${edition}/`;
  const dir = `dist/${prefix}chapters`;
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`npm run build\` first`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => `/${prefix}chapters/${d.name}/`)
    .sort();
}

export interface ChapterMeta {
  readonly id: string;
  readonly title: string;
  readonly order: number;
}

/** Published chapters of an edition from their frontmatter (drafts are not in the book), in book order. */
export function publishedChapters(edition: 'en' | 'ko' = 'en'): ChapterMeta[] {
  const dir = `content/chapters/${edition}`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const head = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '';
      const field = (k: string) => new RegExp(`^${k}:\\s*(.+)$`, 'm').exec(head)?.[1]?.trim();
      return {
        id: f.replace(/\.mdx$/, ''),
        title: (field('title') ?? '').replace(/^(['"])(.*)\1$/, '$2'),
        order: Number(field('order')),
        draft: field('draft') === 'true',
      };
    })
    .filter((c) => !c.draft)
    .map(({ id, title, order }) => ({ id, title, order }))
    .sort((a, b) => a.order - b.order);
}

/** The text of each page of a PDF (pdftotext separates pages with form feeds). */
export function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** KaTeX puts zero-width spaces between glyphs; collapse them and all runs of blanks. */
export const plain = (s: string): string =>
  s
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Fonts a PDF embeds, by name, from `pdffonts`. */
export function embeddedFonts(file: string): string[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length >= 7 && cols.at(-5) === 'yes')
    .map((cols) => cols[0]!.replace(/^[A-Z]{6}\+/, ''));
}

/**
 * Mean brightness (0–255) of one PDF page rendered at low resolution: `pdftoppm -gray`
 * writes a binary PGM we read directly.
 */
export function pageBrightness(file: string, page: number): number {
  const pgm = execFileSync('pdftoppm', [
    '-gray',
    '-r',
    '20',
    '-f',
    `${page}`,
    '-l',
    `${page}`,
    file,
  ]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM');
  const pixels = pgm.subarray(header[0].length);
  let sum = 0;
  for (const v of pixels) sum += v;
  return sum / pixels.length;
}
