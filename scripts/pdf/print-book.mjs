// Prints the built book page (dist/book/) to one PDF with Chromium, in two passes: the first
// finds the page each chapter starts on (Chromium writes a named destination for every
// in-page link target; `pdfinfo -dests` lists them with their pages), the second prints the
// contents with those numbers. Chromium has no CSS `target-counter()`, hence the two passes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../find-browser.mjs';
import { serveDist } from '../lib/serve-dist.mjs';

/** Page numbers centred in the bottom margin (Chromium fills `.pageNumber`). */
const FOOTER =
  '<div style="width:100%;text-align:center;font-size:9pt;color:#444;' +
  "font-family:Charter,'Bitstream Charter','DejaVu Serif',serif\">" +
  '<span class="pageNumber"></span></div>';

/**
 * Named destinations of a PDF file and the (1-based) page each points at.
 * @param {string} file
 * @returns {Map<string, number>}
 */
export function pdfDestinations(file) {
  const text = execFileSync('pdfinfo', ['-dests', file], { encoding: 'utf8' });
  const dests = new Map();
  for (const line of text.split('\n')) {
    const m = /^\s*(\d+)\s+\[.*\]\s+"(.+)"\s*$/.exec(line);
    if (m) dests.set(m[2], Number(m[1]));
  }
  return dests;
}

/**
 * @param {{ dist?: string, format?: 'A4' | 'Letter', maxPasses?: number, base?: string, locale?: 'en' | 'ko' }} [options]
 *   base: the path the build was made for (BP_BASE, `/` by default); locale: the edition
 *   (English's book is `/book/`, Korean's `/ko/book/`)
 * @returns {Promise<{ pdf: Buffer, pages: Record<string, number>, passes: number }>}
 *   the PDF, the page of each contents entry (by anchor id) and how many printings it took
 */
export async function printBook({
  dist = 'dist',
  format = 'A4',
  maxPasses = 3,
  base = process.env['BP_BASE'] || '/',
  locale = 'en',
} = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-browser.mjs`.');
  const server = await serveDist({ dir: dist, base });
  const edition = locale === 'en' ? '' : `${locale}/`;
  const book = `/${base.replace(/^\/+|\/+$/g, '')}/${edition}book/`.replace(/^\/\//, '/');
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const work = mkdtempSync(join(tmpdir(), 'bp-pdf-'));
  try {
    const page = await browser.newPage();
    const response = await page.goto(`${server.origin}${book}`, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${book} answered ${response?.status()}: build first`);
    await page.evaluate(() => document.fonts.ready);
    const anchors = await page.$$eval('[data-toc-page]', (els) =>
      els.map((el) => el.getAttribute('data-toc-page') ?? ''),
    );
    let previous = '';
    for (let pass = 1; ; pass++) {
      const pdf = await page.pdf({
        format,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: FOOTER,
        outline: true,
        tagged: true,
      });
      const file = join(work, `pass-${pass}.pdf`);
      writeFileSync(file, pdf);
      const dests = pdfDestinations(file);
      const pages = Object.fromEntries(anchors.map((a) => [a, dests.get(a) ?? 0]));
      const missing = anchors.filter((a) => !pages[a]);
      if (missing.length) throw new Error(`No page found for ${missing.join(', ')}`);
      const key = JSON.stringify(pages);
      // Stable when the numbers printed are the numbers found (the first pass prints none).
      if (key === previous) return { pdf, pages, passes: pass };
      if (pass >= maxPasses) throw new Error(`Contents page numbers did not settle: ${key}`);
      previous = key;
      await page.evaluate((found) => {
        for (const el of document.querySelectorAll('[data-toc-page]')) {
          el.textContent = String(found[el.getAttribute('data-toc-page') ?? ''] ?? '');
        }
      }, pages);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
