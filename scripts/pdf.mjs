// `npm run pdf`: builds the site, prints the whole book of each edition (/book/, /ko/book/) to
// dist/backprop-by-hand.pdf and dist/backprop-by-hand-ko.pdf with page numbers and a contents page
// with page numbers, and copies them to public/ so the site offers them: the download link
// (src/components/PdfLink.astro) is rendered only when the edition's PDF exists in public/ at
// build time, so the first run builds once more. The Korean PDF needs a Korean font
// (`node scripts/ensure-browser.mjs` provisions fonts-noto-cjk).
//   --no-build       print the existing dist/ (builds anyway if there is none)
//   --format Letter  US Letter instead of A4
//   --out <dir>      also write the PDFs into that folder
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { printBook } from './pdf/print-book.mjs';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    format: { type: 'string', default: 'A4' },
    out: { type: 'string' },
  },
});
const format = values.format === 'Letter' ? 'Letter' : 'A4';
/** The file of each edition's PDF (as src/lib/pdf-file.ts names them for the site's link). */
const EDITIONS = [
  { locale: 'en', file: 'backprop-by-hand.pdf' },
  { locale: 'ko', file: 'backprop-by-hand-ko.pdf' },
];

function build() {
  console.log('▶ npm run build');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const { status } = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}

const started = performance.now();
const linkedAtBuild = EDITIONS.every(({ file }) => existsSync(`public/${file}`));
const mustBuild = !values['no-build'] || !existsSync('dist/book/index.html');
if (mustBuild) build();

const printing = performance.now();
const printed = [];
for (const { locale, file } of EDITIONS) {
  const { pdf, pages, passes } = await printBook({ format, locale });
  writeFileSync(`dist/${file}`, pdf);
  mkdirSync('public', { recursive: true });
  copyFileSync(`dist/${file}`, `public/${file}`);
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    copyFileSync(`dist/${file}`, join(values.out, file));
  }
  printed.push({ file, pdf, pages, passes });
}
const printSecs = (performance.now() - printing) / 1000;
// The pages were built without the download links: build again so the site offers the PDFs
// (the build copies public/*.pdf into dist/).
if (mustBuild && !linkedAtBuild) build();

const total = (performance.now() - started) / 1000;
for (const { file, pdf, pages, passes } of printed) {
  console.log(`✔ dist/${file} (${format}, ${(pdf.length / 1e6).toFixed(2)} MB, ${passes} passes)`);
  console.log(
    `  contents: ${Object.entries(pages)
      .map(([id, p]) => `${id} p. ${p}`)
      .join(', ')}`,
  );
}
console.log(`  printed in ${printSecs.toFixed(1)} s; total ${total.toFixed(1)} s`);
