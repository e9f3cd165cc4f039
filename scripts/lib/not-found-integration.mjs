// Each edition's missing-page page as a `404.html` in its own folder: Astro writes
// src/pages/ko/404.astro to `ko/404/index.html`, but hosts that serve a folder's nearest 404.html
// (Cloudflare Pages, Netlify with a rule, scripts/lib/serve-dist.mjs) look for `ko/404.html`.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Editions whose 404 page lives below the root (the root's is Astro's own `404.html`). */
const EDITIONS = ['ko'];

/** @returns {import('astro').AstroIntegration} */
export function notFoundIntegration() {
  return {
    name: 'bp-not-found-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const edition of EDITIONS) {
          const built = join(out, edition, '404', 'index.html');
          if (!existsSync(built)) continue;
          renameSync(built, join(out, edition, '404.html'));
          rmSync(join(out, edition, '404'), { recursive: true, force: true });
          logger.info(`${edition}/404.html`);
        }
      },
    },
  };
}
