// How long chapter 1's timing panel blocks the page's main thread: serves dist/, types a
// parameter count (default 1e13, capped by the panel) into the cost cell, clicks "Time both in
// this browser" and prints, over RUNS runs, the longest main-thread task (Long Tasks API) from the
// click until the result table shows, and the sum of all long tasks. A figure, not a test.
//
//   node scripts/timing-main-thread.mjs [--params 1e13] [--runs 3] [--dir dist]
import { chromium } from '@playwright/test';
import { parseArgs } from 'node:util';
import { chromiumArgs, findChromium } from './find-browser.mjs';
import { serveDist } from './lib/serve-dist.mjs';

const { values } = parseArgs({
  options: {
    params: { type: 'string', default: '1e13' },
    runs: { type: 'string', default: '3' },
    dir: { type: 'string', default: 'dist' },
  },
});

const server = await serveDist({ dir: values.dir });
const executablePath = findChromium();
const browser = await chromium.launch({
  args: chromiumArgs,
  ...(executablePath ? { executablePath } : {}),
});
const longest = [];
const total = [];
try {
  for (let run = 0; run < Number(values.runs); run++) {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/chapters/why-backpropagation/`);
    await page.locator('#gradient-cost').getByLabel('Number of parameters').fill(values.params);
    await page.evaluate(() => {
      const tasks = [];
      window.__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    await page.getByRole('button', { name: 'Time both in this browser' }).click();
    await page.locator('bp-gradient-timing table').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(200); // let the observer deliver the last entries
    const tasks = await page.evaluate(() => window.__longTasks);
    longest.push(Math.max(0, ...tasks));
    total.push(tasks.reduce((a, b) => a + b, 0));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;
console.log(`parameters typed: ${values.params}; runs: ${values.runs}`);
console.log(
  `longest main-thread task: median ${ms(median(longest))} (${longest.map(ms).join(', ')})`,
);
console.log(`sum of long tasks:        median ${ms(median(total))} (${total.map(ms).join(', ')})`);
