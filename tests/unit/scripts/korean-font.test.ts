// The provisioner's Korean-font check (scripts/lib/korean-font.mjs), run for real against fake
// `fc-list` programs put first on PATH: this machine may well have the font already, so only a
// controlled fontconfig shows the check sees a missing font and asks for the install.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { koreanFontFamilies, koreanFontPlan } from '../../../scripts/lib/korean-font.mjs';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A PATH whose `fc-list` prints `output` when asked for Korean, and records its arguments. */
function fakeFcList(output: string): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'bp-fc-'));
  dirs.push(dir);
  const script = join(dir, 'fc-list');
  writeFileSync(
    script,
    `#!/bin/sh\necho "$@" > "${dir}/args"\n[ "$1" = ":lang=ko" ] && printf '%s' '${output}'\nexit 0\n`,
  );
  chmodSync(script, 0o755);
  return { ...process.env, PATH: `${dir}:${process.env['PATH']}` };
}

describe('the Korean font check', () => {
  it('finds the families fontconfig lists for Korean', () => {
    const env = fakeFcList('Noto Sans CJK KR,Noto Sans CJK KR Regular\nNoto Serif CJK KR\n');
    expect(koreanFontFamilies(env)).toEqual([
      'Noto Sans CJK KR,Noto Sans CJK KR Regular',
      'Noto Serif CJK KR',
    ]);
  });

  it('sees no Korean font when fontconfig lists none', () => {
    expect(koreanFontFamilies(fakeFcList(''))).toEqual([]);
  });

  it('sees no Korean font without fontconfig at all', () => {
    expect(koreanFontFamilies({ ...process.env, PATH: '/nonexistent' })).toEqual([]);
  });

  it('installs fonts-noto-cjk when missing and it can, else stops; nothing when present', () => {
    const none: string[] = [];
    expect(koreanFontPlan({ families: none, isRoot: true, hasApt: true })).toBe('install');
    expect(koreanFontPlan({ families: none, isRoot: false, hasApt: true })).toBe('missing');
    expect(koreanFontPlan({ families: none, isRoot: true, hasApt: false })).toBe('missing');
    expect(koreanFontPlan({ families: ['Noto Sans CJK KR'], isRoot: true, hasApt: true })).toBe(
      'present',
    );
  });
});
