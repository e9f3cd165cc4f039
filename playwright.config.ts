import { defineConfig } from '@playwright/test';
import { findChromium, chromiumArgs } from './scripts/find-browser.mjs';

// Each checkout may run its own server: E2E_PORT keeps them apart.
const port = Number(process.env['E2E_PORT'] ?? 4322);
const executablePath: string | undefined = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
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
    command: `node scripts/lib/serve-dist.mjs dist --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
