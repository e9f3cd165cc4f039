// Content-Security-Policy violations, as a page reports them: a `securitypolicyviolation`
// listener installed before any of the page's own scripts runs (so a blocked inline script in
// <head> is caught too), plus the console lines Chromium writes for a violation, which also cover
// a worker's (a worker's events never reach the document).
import type { ConsoleMessage, Page } from '@playwright/test';

declare global {
  interface Window {
    __bpCspViolations?: string[];
  }
}

/** One line per violation: directive, what was blocked, where. */
function listen(): void {
  const seen: string[] = (window.__bpCspViolations = []);
  document.addEventListener('securitypolicyviolation', (e) => {
    const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
    seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${where}: ${e.sample}`);
  });
}

const CSP_CONSOLE = /Content[- ]Security[- ]Policy|wasm-unsafe-eval/i;

/**
 * Starts watching `page` (before its first navigation). `violations()` gives every violation the
 * current document saw, and every CSP console message since the watch began.
 */
export async function watchCsp(page: Page): Promise<{ violations: () => Promise<string[]> }> {
  // A set: a worker's message may reach both the page's and the worker's listener.
  const logged = new Set<string>();
  const onConsole = (m: ConsoleMessage): void => {
    if (CSP_CONSOLE.test(m.text())) logged.add(`console ${m.type()}: ${m.text()}`);
  };
  page.on('console', onConsole);
  page.on('worker', (w) => w.on('console', onConsole));
  await page.addInitScript(listen);
  return {
    violations: async () => [
      ...(await page.evaluate(() => window.__bpCspViolations ?? ['the listener is missing'])),
      ...logged,
    ],
  };
}
