// Whether this machine can print Hangul (issue 17): the Korean PDF embeds the CJK font Chromium
// finds through fontconfig. Its own module so that tests/unit/scripts/korean-font.test.ts can run
// the real check against a fake `fc-list` (on a machine that already has the font, a green CI run
// alone would prove nothing about the check or the install step).
import { spawnSync } from 'node:child_process';

/** The font families fontconfig lists for Korean (`fc-list :lang=ko family`); [] without fc-list. */
export function koreanFontFamilies(env = process.env) {
  const run = spawnSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8', env });
  if (run.status !== 0 || typeof run.stdout !== 'string') return [];
  return run.stdout
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * What the provisioner does about the Korean font: nothing when one is there; install Debian's
 * fonts-noto-cjk where it can (root with apt); otherwise stop, saying how to get one.
 */
export function koreanFontPlan({ families, isRoot, hasApt }) {
  if (families.length > 0) return 'present';
  return isRoot && hasApt ? 'install' : 'missing';
}
