// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { shikiThemes } from './src/shiki-themes.ts';
import { rehypeHeadingAnchors } from './src/lib/rehype-heading-anchors.ts';

// Test fixtures: pages that only the test build has (`npm test` and `npm run bench:cells` set
// BP_TEST_FIXTURES=1). Their sources start with `_` so that Astro never routes them by itself:
// the production build (`npm run build`, `npm start`, `npm run pdf`) has none of them.
const testFixtures = process.env['BP_TEST_FIXTURES'] === '1';

/** @type {import('astro').AstroIntegration} */
const fixtures = {
  name: 'bp-test-fixtures',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => {
      // The cell kit's gallery: the kit's browser tests and latency benchmark run against it.
      injectRoute({ pattern: '/dev/cells', entrypoint: './src/pages/dev/_cells.astro' });
    },
  },
};

export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [mdx(), ...(testFixtures ? [fixtures] : [])],
  markdown: {
    remarkPlugins: [remarkMath],
    rehypePlugins: [
      [rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }],
      // Ids first (Astro would add them only after our plugins), then the self-links.
      rehypeHeadingIds,
      rehypeHeadingAnchors,
    ],
    shikiConfig: { themes: shikiThemes, defaultColor: 'light', wrap: false },
  },
  build: { inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
});
