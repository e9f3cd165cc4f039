// `npm run pdf`: builds the site, prints the whole book (/book/) to dist/backprop-by-hand.pdf
// with page numbers and a contents page with page numbers, and copies it to public/ so the site
// offers it: the download link (src/components/PdfLink.astro) is rendered only when
// public/backprop-by-hand.pdf exists at build time, so the first run builds once more.
//   --no-build       print the existing dist/ (builds anyway if there is none)
//   --format Letter  US Letter instead of A4
//   --out <file>     also write the PDF there
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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
const PUBLIC_PDF = 'public/backprop-by-hand.pdf';
const DIST_PDF = 'dist/backprop-by-hand.pdf';

function build() {
  console.log('▶ npm run build');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const { status } = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}

const started = performance.now();
const linkedAtBuild = existsSync(PUBLIC_PDF);
const mustBuild = !values['no-build'] || !existsSync('dist/book/index.html');
if (mustBuild) build();

const printing = performance.now();
const { pdf, pages, passes } = await printBook({ format });
const printSecs = (performance.now() - printing) / 1000;
writeFileSync(DIST_PDF, pdf);
mkdirSync(dirname(PUBLIC_PDF), { recursive: true });
copyFileSync(DIST_PDF, PUBLIC_PDF);
if (values.out) {
  mkdirSync(dirname(values.out), { recursive: true });
  copyFileSync(DIST_PDF, values.out);
}
// The pages were built without the download link: build again so the site offers the PDF
// (the build copies public/backprop-by-hand.pdf into dist/).
if (mustBuild && !linkedAtBuild) build();

const total = (performance.now() - started) / 1000;
console.log(`✔ ${DIST_PDF} (${format}, ${(pdf.length / 1e6).toFixed(2)} MB)`);
console.log(
  `  contents: ${Object.entries(pages)
    .map(([id, p]) => `${id} p. ${p}`)
    .join(', ')}`,
);
console.log(
  `  printed in ${passes} passes, ${printSecs.toFixed(1)} s; total ${total.toFixed(1)} s`,
);
