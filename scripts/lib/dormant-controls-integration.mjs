// Applies scripts/lib/dormant-controls.mjs to the built whole-book pages of every edition.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dormantControls, isWholeBookHtml } from './dormant-controls.mjs';
import { htmlFiles } from './html-files.mjs';

/** @returns {import('astro').AstroIntegration} */
export function dormantControlsIntegration() {
  return {
    name: 'bp-dormant-controls',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          if (!isWholeBookHtml(html)) continue;
          writeFileSync(file, dormantControls(html));
          logger.info(`controls asleep until near: ${file.slice(fileURLToPath(dir).length)}`);
        }
      },
    },
  };
}
