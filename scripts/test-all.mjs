// `npm test`: every check, in the order that fails fastest. Stops at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check', 'npx', ['astro', 'check']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit and property tests', 'npx', ['vitest', 'run']],
  ['build (with test fixtures)', 'npm', ['run', 'build']],
  ['browser and tools', 'node', ['scripts/ensure-browser.mjs']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// The test build includes the test fixtures (the cell kit's gallery at /dev/cells/).
process.env.BP_TEST_FIXTURES = '1';
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${status}) after ${secs} s`);
    process.exit(status ?? 1);
  }
  console.log(`✔ ${name} (${secs} s)`);
}
// One plain closing line, whatever runners ran above.
console.log(`\nchecks: ${steps.length} passed, 0 failed`);
