import { defineConfig } from '@playwright/test';
import { findChromium, chromiumArgs } from './scripts/find-browser.mjs';

// Each checkout may run its own server: E2E_PORT keeps them apart.
const port = Number(process.env['E2E_PORT'] ?? 4322);
const executablePath: string | undefined = findChromium();
// BP_BASE set: the build in BP_OUT (made with that base) is served under it, and only the
// base-path gates run (scripts/test-all.mjs does this after the main suite).
const base = process.env['BP_BASE'];
const dir = process.env['BP_OUT'] || 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  ...(base ? { testMatch: 'base-path.spec.ts' } : { testIgnore: 'base-path.spec.ts' }),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? 'list' : [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
  },
  webServer: {
    // The same gzipping static server as `npm run preview`, the budget and the PDF.
    command: `node scripts/lib/serve-dist.mjs ${dir} --port ${port} --host 127.0.0.1${base ? ` --base ${base}` : ''}`,
    url: `http://127.0.0.1:${port}${base ? `/${base.replace(/^\/+|\/+$/g, '')}/` : '/'}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
