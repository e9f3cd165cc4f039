// Makes sure the end-to-end and PDF tests have what they need: a Chromium, poppler-utils and a
// Korean font (the credits name Korean titles; without a CJK font they print as empty boxes).
// Provisions them where it can (Debian's packages as root; else Playwright's installer),
// otherwise stops with a message that says how to get them.
import { execSync, spawnSync } from 'node:child_process';
import { findChromium } from './find-browser.mjs';
import { koreanFontFamilies, koreanFontPlan } from './lib/korean-font.mjs';

const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

let aptUpdated = false;
function aptInstall(pkgs) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) execSync('apt-get update -qq', { stdio: 'inherit', env });
  aptUpdated = true;
  execSync(`apt-get install -y -qq ${pkgs}`, { stdio: 'inherit', env });
}

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

if (!findChromium()) {
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian’s chromium…');
    aptInstall('chromium');
  } else {
    console.log('No Chromium found: trying Playwright’s installer…');
    spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  }
  if (!findChromium()) {
    fail(
      'No Chromium for the browser tests. Install one (Debian: `sudo apt-get install chromium`; ' +
        'elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to its executable.',
    );
  }
}

if (!has('pdftotext') || !has('pdffonts') || !has('pdftoppm')) {
  if (isRoot && hasApt) {
    console.log('poppler-utils missing: installing it…');
    aptInstall('poppler-utils');
  }
  if (!has('pdftotext')) {
    fail(
      'The PDF checks need poppler-utils (pdftotext, pdffonts, pdftoppm): `sudo apt-get install poppler-utils` or `brew install poppler`.',
    );
  }
}
// A Korean font: the credits name Korean titles, and the Korean edition's PDF is all Hangul.
const fontPlan = () => koreanFontPlan({ families: koreanFontFamilies(), isRoot, hasApt });
if (fontPlan() === 'install') {
  console.log('No Korean font (fc-list :lang=ko): installing Debian’s fonts-noto-cjk…');
  aptInstall('fonts-noto-cjk');
}
if (fontPlan() !== 'present') {
  fail(
    'No Korean font for the Korean edition’s PDF (fc-list :lang=ko lists none): ' +
      '`sudo apt-get install fonts-noto-cjk` (Debian) or install Noto Sans/Serif CJK KR.',
  );
}
console.log(`Browser: ${findChromium()}`);
