import { defineConfig } from '@playwright/test';
import { chromium } from 'playwright-core';
import { findChromium, chromiumArgs } from './scripts/find-browser.mjs';

(globalThis as Record<string, unknown>)['__playwrightCore'] = { chromium };
// Each checkout may run its own preview server: E2E_PORT keeps them apart.
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
    command: `npx astro preview --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
