// `npm test`: every check, in the order that fails fastest. Stops at the first failure.
import { spawnSync } from 'node:child_process';

/** The sub-path build: its base and folder (astro.config.mjs reads both). */
const SUB_PATH = { BP_BASE: '/backprop-by-hand/', BP_OUT: 'dist-base' };

/** @type {[string, string, string[], Record<string, string>?][]} */
const steps = [
  ['type check', 'npx', ['astro', 'check']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit and property tests', 'npx', ['vitest', 'run']],
  ['build (with test fixtures)', 'npm', ['run', 'build']],
  ['browser and tools', 'node', ['scripts/ensure-browser.mjs']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
  // The book deployed under a sub-path: built again with a base into its own folder, served
  // under it, and gated (tests/e2e/base-path.spec.ts).
  ['build under a sub-path', 'npm', ['run', 'build'], SUB_PATH],
  ['sub-path gates', 'npx', ['playwright', 'test'], SUB_PATH],
];

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// The test build includes the test fixtures (the cell kit's gallery at /dev/cells/).
process.env.BP_TEST_FIXTURES = '1';
for (const [name, cmd, args, env = {}] of steps) {
  const vars = Object.entries(env).map(([k, v]) => `${k}=${v} `);
  console.log(`\n▶ ${name}: ${vars.join('')}${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${status}) after ${secs} s`);
    process.exit(status ?? 1);
  }
  console.log(`✔ ${name} (${secs} s)`);
}
// One plain closing line, whatever runners ran above.
console.log(`\nchecks: ${steps.length} passed, 0 failed`);
