/** Shared by the print specs: which pages exist, and PDF text/image tools (poppler-utils). */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
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

/**
 * The Hangul syllables a PDF's embedded fonts can draw, read from their ToUnicode maps. Chromium
 * embeds a CFF-outline font such as Noto CJK as Type 3 fonts without names (so `pdffonts` lists
 * `[none]`), each with a ToUnicode map: a syllable in those maps was drawn from an embedded font's
 * glyph, where a machine without a Korean font would draw none.
 */
export function embeddedHangul(file: string): Set<string> {
  const buf = readFileSync(file);
  const text = buf.toString('latin1');
  const found = new Set<string>();
  const hangul = (hex: string): void => {
    for (let i = 0; i + 4 <= hex.length; i += 4) {
      const code = parseInt(hex.slice(i, i + 4), 16);
      if (code >= 0xac00 && code <= 0xd7a3) found.add(String.fromCharCode(code));
    }
  };
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    let cmap: string;
    try {
      cmap = inflateSync(buf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const pair of block[1]!.matchAll(/<[0-9a-f]+>\s*<([0-9a-f]+)>/gi)) hangul(pair[1]!);
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const r of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) {
        const n = parseInt(r[2]!, 16) - parseInt(r[1]!, 16);
        const first = parseInt(r[3]!, 16);
        for (let k = 0; k <= n && k < 256; k++) hangul((first + k).toString(16).padStart(4, '0'));
      }
  }
  return found;
}
