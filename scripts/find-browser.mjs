// Where is a Chromium we may drive? CHROMIUM_PATH, then Debian's, then Playwright's own.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** @returns {string | undefined} an executable path, or undefined when none is installed */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  return playwrightsOwn();
}

function playwrightsOwn() {
  try {
    // playwright-core knows where its installer puts the browser (it may not be there).
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Flags that keep Chromium quiet on a machine whose only network is a package registry. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
