// A chapter with bad frontmatter must stop the build with a message naming the file and the
// field. Checked end to end on a throwaway copy of the content pipeline (`astro sync` runs the
// same content-layer validation as `astro build`, in a few seconds).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'bp-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('fails `astro sync` naming the chapter file and the bad field', () => {
  for (const f of ['package.json', 'astro.config.mjs', 'tsconfig.json'])
    cpSync(join(root, f), join(dir, f));
  cpSync(join(root, 'src'), join(dir, 'src'), {
    recursive: true,
    filter: (p) => !p.includes(`${join('src', 'pages')}`),
  });
  // astro.config.mjs also loads the CSP integration from scripts/lib/.
  cpSync(join(root, 'scripts', 'lib'), join(dir, 'scripts', 'lib'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'content', 'chapters', 'en'), { recursive: true });
  writeFileSync(
    join(dir, 'content', 'chapters', 'en', 'bad-chapter.mdx'),
    '---\ntitle: A bad chapter\norder: first\nsummary: Order is not a number.\n---\n\nText.\n',
  );
  const run = spawnSync('npx', ['astro', 'sync'], {
    cwd: dir,
    encoding: 'utf8',
    // No test fixtures: the copy has no src/pages, so the gallery route must not be injected.
    env: {
      ...process.env,
      BP_TEST_FIXTURES: '',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  const out = `${run.stdout}\n${run.stderr}`;
  expect(run.status).not.toBe(0);
  expect(out).toContain('bad-chapter.mdx');
  expect(out).toMatch(/order\W+Expected type `"number"`/);
}, 90_000);
