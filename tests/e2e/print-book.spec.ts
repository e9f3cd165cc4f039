import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printBook } from '../../scripts/pdf/print-book.mjs';
import { embeddedFonts, pdfPages, plain, publishedChapters } from './print-helpers';

// The whole book, printed once by the same code as `npm run pdf`; the pages to look at go
// to artifacts/print/ (git-ignored).
const OUT = 'artifacts/print';
const FILE = join(OUT, 'backprop-by-hand.pdf');
const chapters = publishedChapters();
let pages: string[] = [];
let contents: Record<string, number> = {};
/** Front matter: the cover, the credits, the contents. */
const FRONT = 3;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const printed = await printBook({ dist: 'dist', format: 'A4' });
  writeFileSync(FILE, printed.pdf);
  contents = printed.pages;
  pages = pdfPages(FILE);
});

test('the book PDF has a sane number of pages and every chapter starts a page', () => {
  expect(chapters.length).toBeGreaterThan(0);
  expect(pages.length).toBeGreaterThanOrEqual(FRONT + chapters.length);
  expect(pages.length).toBeLessThanOrEqual(FRONT + 25 * chapters.length);
  for (const c of chapters) {
    const at = contents[`chapter-${c.id}`];
    expect(at, c.id).toBeGreaterThan(FRONT);
    const top = plain(pages[at! - 1] ?? '');
    expect(top.startsWith(`CHAPTER ${c.order} ${plain(c.title)}`), `${c.id} on p. ${at}`).toBe(
      true,
    );
    // The chapter title occurs on no earlier page except the front matter.
    const firstMention = pages.findIndex(
      (p, i) => i >= FRONT && plain(p).includes(`CHAPTER ${c.order} `),
    );
    expect(firstMention + 1).toBe(at);
  }
  const order = chapters.map((c) => contents[`chapter-${c.id}`]!);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
});

test('the credits follow the cover: what the book took from Saito’s chapter 5, and the post', () => {
  const credits = plain(pages[1] ?? '');
  expect(credits).toContain('Deep Learning from Scratch');
  expect(credits).toContain('Saito');
  expect(credits).toContain('784–50–10');
  expect(credits).toContain('Back Propagation');
  expect(credits).toMatch(/text, the figures and the code here are our own/);
});

test('the contents list every chapter with the page it starts on', () => {
  const toc = plain(pages[FRONT - 1] ?? '');
  expect(toc.startsWith('Contents')).toBe(true);
  for (const c of chapters) {
    const at = contents[`chapter-${c.id}`];
    expect(toc).toContain(`${c.order} ${plain(c.title)} ${at}`);
  }
});

test('every page carries its number in the footer', () => {
  pages.forEach((text, i) => {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    expect(lines.at(-1)?.trim(), `page ${i + 1}`).toBe(String(i + 1));
  });
});

test('the text has every chapter title, the shopping values and the math', () => {
  const text = plain(pages.join('\n'));
  for (const c of chapters) expect(text).toContain(plain(c.title));
  for (const value of ['715', '2.2', '110', '3.3', '165', '650']) {
    const escaped = value.replace('.', '\\.');
    expect(text, value).toMatch(new RegExp(`(?<![\\d.])${escaped}(?![\\d.]?\\d)`));
  }
  expect(text).toMatch(/∂\s*L/);
  expect(text).toMatch(/∂\s*w/);
  expect(text).toContain('×');
});

test('KaTeX fonts are embedded', () => {
  const fonts = embeddedFonts(FILE);
  expect(fonts.filter((f) => f.startsWith('KaTeX_'))).toEqual(
    expect.arrayContaining(['KaTeX_Main-Regular', 'KaTeX_Math-Italic']),
  );
});

test('the cover, the contents and the first page of each chapter are rendered to look at', () => {
  const shots: [string, number][] = [
    ['00a-cover', 1],
    ['00b-contents', 2],
    ...chapters.map((c): [string, number] => [
      `${String(c.order).padStart(2, '0')}-${c.id}`,
      contents[`chapter-${c.id}`]!,
    ]),
  ];
  for (const [name, page] of shots) {
    const prefix = join(OUT, name);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-singlefile',
      '-f',
      `${page}`,
      '-l',
      `${page}`,
      FILE,
      prefix,
    ]);
    expect(statSync(`${prefix}.png`).size).toBeGreaterThan(5_000);
  }
  expect(readdirSync(OUT).filter((f) => f.endsWith('.png'))).toHaveLength(shots.length);
});
