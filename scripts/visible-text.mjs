// Dumps the visible text of every page in a build, one .txt per .html, so that two
// builds can be compared with a plain `diff -r`.
//
//   node scripts/visible-text.mjs [dist] <out-dir>
//
// Text is what a reader could see once scripts have run: <script>, <style>,
// <template>, comments and SVG tooltips (<title>, <desc> inside <svg>) are dropped;
// everything else that is text is kept, including [hidden] controls, SVG text labels
// and KaTeX's MathML copy. Each block element (p, li, h1–h6, tr, td, div, …) starts a
// new line, <pre> keeps its lines, and whitespace is collapsed within a line.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseHTML } from 'linkedom';

const [srcArg = 'dist', outArg] = process.argv.slice(2);
if (!outArg) {
  console.error('usage: node scripts/visible-text.mjs [dist] <out-dir>');
  process.exit(2);
}
const src = resolve(srcArg);
const out = resolve(outArg);

const DROP = new Set(['script', 'style', 'template', 'noscript']);
const SVG_DROP = new Set(['title', 'desc']);
const BLOCK = new Set(
  (
    'address article aside blockquote body br button caption dd details dialog div dl dt ' +
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr label legend ' +
    'li main nav ol optgroup option output p pre section select summary table tbody td ' +
    'tfoot th thead title tr ul'
  ).split(' '),
);

/** @param {Node} node @param {string[]} lines @param {boolean} inSvg */
function walk(node, lines, inSvg) {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      lines[lines.length - 1] += child.textContent;
      continue;
    }
    if (child.nodeType !== 1) continue; // comments, processing instructions
    const tag = child.localName.toLowerCase();
    if (DROP.has(tag)) continue;
    const svg = inSvg || tag === 'svg';
    if (svg && SVG_DROP.has(tag)) continue;
    if (tag === 'pre') {
      lines.push('', ...child.textContent.split('\n'), '');
      continue;
    }
    // SVG <text> elements are separate labels: give each its own line.
    const block = BLOCK.has(tag) || (svg && tag === 'text');
    if (block) lines.push('');
    walk(child, lines, svg);
    if (block) lines.push('');
  }
}

/** @param {string} html */
export function visibleText(html) {
  const { document } = parseHTML(html);
  const lines = [''];
  walk(document, lines, false);
  return (
    lines
      .map((line) => line.replace(/[\s\u200b]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n') + '\n'
  );
}

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

let count = 0;
for await (const file of htmlFiles(src)) {
  const target = join(out, relative(src, file).replace(/\.html$/, '.txt'));
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, visibleText(await readFile(file, 'utf8')));
  count++;
}
console.log(`visible-text: ${count} page(s) from ${relative(process.cwd(), src) || '.'} → ${out}`);
