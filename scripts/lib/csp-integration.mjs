// After `astro build`: every page gets its Content-Security-Policy meta with the hashes of its
// own inline scripts, and the build gets `_headers` with the header version (scripts/lib/csp.mjs).
// Last in astro.config.mjs's integrations, so it hashes the HTML as it is finally written.
import { fileURLToPath } from 'node:url';
import { secureSite } from './csp-site.mjs';

/** @returns {import('astro').AstroIntegration} */
export function cspIntegration() {
  return {
    name: 'bp-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { pages, hashes } = secureSite(fileURLToPath(dir));
        logger.info(`CSP on ${pages} pages (${hashes} inline scripts hashed)`);
      },
    },
  };
}
