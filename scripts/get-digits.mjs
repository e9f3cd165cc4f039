// Gets the UCI handwritten digits (Alpaydin & Kaynak 1998, CC BY 4.0) reproducibly, from Debian's
// python3-sklearn package, and writes the compact text the book commits:
//   apt-get download python3-sklearn → dpkg-deb -x → sklearn/datasets/data/digits.csv.gz
//   → src/data/uci-digits/digits.txt, one image per line: its label, then its 64 pixels (0–16)
//     as base-17 digits 0–g.
// It prints the SHA-256 of the result and fails if that differs from the one the book expects.
// Usage: node scripts/get-digits.mjs [--check]   (--check: compare with the committed file, write nothing)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** The SHA-256 of src/data/uci-digits/digits.txt (also in its README). */
export const DIGITS_SHA256 = '2704b66d1f53e71d47d6b24a160077f59a91f581581d00dbb5706b96c678f785';
export const DIGITS_FILE = fileURLToPath(
  new URL('../src/data/uci-digits/digits.txt', import.meta.url),
);

/** sklearn's CSV (64 pixels then the label, one image per line) → the committed text. */
export function csvToDigitsText(csv) {
  const lines = csv.split('\n').filter((line) => line.trim() !== '');
  return lines
    .map((line, n) => {
      const values = line.split(',').map((v) => Number(v.trim()));
      const label = values.pop();
      const ok = (v, max) => Number.isInteger(v) && v >= 0 && v <= max;
      if (values.length !== 64 || !ok(label, 9) || !values.every((v) => ok(v, 16))) {
        throw new Error(`digits.csv line ${n + 1}: expected 64 pixels 0–16 and a label 0–9`);
      }
      return `${label}${values.map((v) => v.toString(17)).join('')}`;
    })
    .join('\n')
    .concat('\n');
}

export const sha256 = (text) => createHash('sha256').update(text).digest('hex');

function findFile(dir, name) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = findFile(path, name);
      if (found) return found;
    } else if (entry.name === name) return path;
  }
  return undefined;
}

function main() {
  const check = process.argv.includes('--check');
  const dir = mkdtempSync(join(tmpdir(), 'digits-'));
  try {
    execFileSync('apt-get', ['download', 'python3-sklearn'], { cwd: dir, stdio: 'inherit' });
    const deb = readdirSync(dir).find((f) => f.endsWith('.deb'));
    if (!deb) throw new Error('apt-get download gave no .deb');
    execFileSync('dpkg-deb', ['-x', join(dir, deb), join(dir, 'x')], { stdio: 'inherit' });
    const gz = findFile(join(dir, 'x'), 'digits.csv.gz');
    if (!gz) throw new Error(`${deb} has no digits.csv.gz`);
    const text = csvToDigitsText(gunzipSync(readFileSync(gz)).toString('utf8'));
    const hash = sha256(text);
    console.log(`${deb}: ${text.split('\n').length - 1} images, sha256 ${hash}`);
    if (hash !== DIGITS_SHA256) {
      console.error(`✗ expected sha256 ${DIGITS_SHA256}`);
      process.exitCode = 1;
      return;
    }
    if (check) {
      const same = readFileSync(DIGITS_FILE, 'utf8') === text;
      console.log(same ? '✓ the committed file matches' : '✗ the committed file differs');
      if (!same) process.exitCode = 1;
    } else {
      writeFileSync(DIGITS_FILE, text);
      console.log(`✓ wrote ${DIGITS_FILE}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
