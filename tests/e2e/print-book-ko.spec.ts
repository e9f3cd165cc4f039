// The Korean edition's book PDF (issue 17), printed by the same code as `npm run pdf`: every
// Korean chapter title, the shopping example's 715, and an embedded CJK font (without one, Hangul
// prints as empty boxes, which pdftotext would still "read" from the text layer). The pages to
// look at go to artifacts/print-ko/ (git-ignored).
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printBook } from '../../scripts/pdf/print-book.mjs';
import { embeddedFonts, embeddedHangul, pdfPages, plain, publishedChapters } from './print-helpers';

const OUT = 'artifacts/print-ko';
const FILE = join(OUT, 'backprop-by-hand-ko.pdf');
const chapters = publishedChapters('ko');
let pages: string[] = [];
let contents: Record<string, number> = {};

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const printed = await printBook({ dist: 'dist', format: 'A4', locale: 'ko' });
  writeFileSync(FILE, printed.pdf);
  contents = printed.pages;
  pages = pdfPages(FILE);
});

test('the Korean PDF holds every Korean chapter, each starting on its contents page', () => {
  expect(chapters.length).toBe(publishedChapters('en').length);
  const text = plain(pages.join(' '));
  // Word by word: a title that sets a class name in code type (Affine) comes out of pdftotext in
  // another order than it reads.
  const words = (title: string): string[] => plain(title).split(' ');
  for (const c of chapters) {
    const at = contents[`chapter-${c.id}`];
    expect(at, c.id).toBeGreaterThan(3);
    const opening = plain(pages[at! - 1] ?? '');
    for (const word of words(c.title)) expect(opening, `${c.id} on p. ${at}`).toContain(word);
  }
  expect(text).toContain('715');
  // The chrome is Korean too: the contents' heading and the chapters' kickers.
  expect(text).toMatch(/차례/);
  expect(text).not.toMatch(/After this chapter you can|On this page/);
});

test('the Korean PDF embeds a CJK font for its Hangul', () => {
  const fonts = embeddedFonts(FILE);
  // Every syllable the book prints is drawn from an embedded font (Noto CJK arrives as Type 3
  // fonts, see embeddedHangul): far more than the English PDF's few Korean titles.
  const syllables = new Set(plain(pages.join(' ')).match(/[\uac00-\ud7a3]/g));
  const drawn = embeddedHangul(FILE);
  expect(syllables.size).toBeGreaterThan(500);
  expect([...syllables].filter((s) => !drawn.has(s))).toEqual([]);
  expect(fonts.length).toBeGreaterThan(0);
  const mb = statSync(FILE).size / 1e6;
  test.info().annotations.push({
    type: 'Korean PDF',
    description: `${pages.length} pages, ${mb.toFixed(2)} MB, ${drawn.size} Hangul syllables embedded`,
  });
  console.log(`Korean PDF: ${pages.length} pages, ${mb.toFixed(2)} MB, ${drawn.size} syllables`);
});

test('the Korean cover, contents and a chapter opening are rendered to look at', () => {
  for (const [name, page] of [
    ['00-cover', 1],
    ['01-credits', 2],
    ['02-contents', 3],
    ['03-chapter-2', contents['chapter-computational-graphs'] ?? 4],
  ] as const) {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      `${page}`,
      '-l',
      `${page}`,
      '-singlefile',
      FILE,
      join(OUT, name),
    ]);
  }
});
