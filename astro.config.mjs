// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { shikiThemes } from './src/shiki-themes.ts';
import { KATEX_OPTIONS } from './src/lib/katex-options.ts';
import { rehypeExplicitIds } from './src/lib/rehype-explicit-ids.ts';
import { rehypeHeadingAnchors } from './src/lib/rehype-heading-anchors.ts';
import { rehypeBaseLinks } from './src/lib/rehype-base-links.ts';
import { rehypeTableUnits } from './src/lib/rehype-table-units.ts';
import { cspIntegration } from './scripts/lib/csp-integration.mjs';
import { katexCssIntegration } from './scripts/lib/katex-css-integration.mjs';
import { notFoundIntegration } from './scripts/lib/not-found-integration.mjs';
import { dormantControlsIntegration } from './scripts/lib/dormant-controls-integration.mjs';

// Test fixtures: pages that only the test build has (`npm test` and `npm run bench:cells` set
// BP_TEST_FIXTURES=1). Their sources start with `_` so that Astro never routes them by itself:
// the production build (`npm run build`, `npm start`, `npm run pdf`) has none of them.
const testFixtures = process.env['BP_TEST_FIXTURES'] === '1';

// Where the book is deployed (see "Deploying" in the README). BP_SITE is the public origin, used
// for canonical links; BP_BASE the path the book lives under (`/backprop-by-hand/` on a project's
// GitHub Pages), always with a trailing slash; BP_OUT the folder the build goes to.
const site = process.env['BP_SITE'] || 'http://localhost:4321';
const base = `/${(process.env['BP_BASE'] || '/').replace(/^\/+|\/+$/g, '')}/`.replace(
  /^\/\/$/,
  '/',
);
const outDir = process.env['BP_OUT'] || 'dist';

/** @type {import('astro').AstroIntegration} */
const fixtures = {
  name: 'bp-test-fixtures',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => {
      // The cell kit's gallery: the kit's browser tests and latency benchmark run against it.
      injectRoute({ pattern: '/dev/cells', entrypoint: './src/pages/dev/_cells.astro' });
      // Chapter 7's live trainer on its own: its browser tests and benchmark run against it.
      injectRoute({ pattern: '/dev/trainer', entrypoint: './src/pages/dev/_trainer.astro' });
      // Chapter 7's digits report and drawing pad (part C2), for their browser tests.
      injectRoute({ pattern: '/dev/digits', entrypoint: './src/pages/dev/_digits.astro' });
    },
  },
};

export default defineConfig({
  site,
  base,
  outDir,
  // Astro keeps its content store here. Not node_modules/.astro: worktrees that share one
  // node_modules would overwrite each other's store mid-build and drop each other's chapters.
  cacheDir: './.astro/cache',
  output: 'static',
  trailingSlash: 'ignore',
  // Each page's KaTeX CSS cut to what it uses, the whole book's controls asleep until near
  // (scripts/lib/dormant-controls.mjs), then the CSP last: it hashes the inline scripts of
  // the pages as finally written.
  integrations: [
    mdx(),
    ...(testFixtures ? [fixtures] : []),
    katexCssIntegration(),
    notFoundIntegration(),
    dormantControlsIntegration(),
    cspIntegration(),
  ],
  markdown: {
    remarkPlugins: [remarkMath],
    rehypePlugins: [
      [rehypeKatex, KATEX_OPTIONS],
      // Ids first (Astro would add them only after our plugins), then the self-links. A heading
      // that names its id (`{/* #id */}`, shared by both editions) keeps it.
      rehypeExplicitIds,
      rehypeHeadingIds,
      rehypeHeadingAnchors,
      // Root-absolute links in chapters (`/chapters/x/`) point into the book under its base.
      [rehypeBaseLinks, { base }],
      rehypeTableUnits,
    ],
    shikiConfig: { themes: shikiThemes, defaultColor: 'light', wrap: false },
  },
  // Every stylesheet inline (issue 13): the first screen paints from the HTML alone, with no
  // render-blocking request. Measured with `npm run bench:lcp` (network 1.6 Mbps / 150 ms RTT):
  // LCP 3.6 s → 1.4 s on a loaded machine; the cost is ≈ 11 kB gzip of HTML per page, uncached.
  build: { inlineStylesheets: 'always' },
  // Fonts are never inlined as data: URLs (Vite inlines any asset under 4 kB): inlined, KaTeX's
  // Size3 font sat in every page's head, 3.6 kB gzip before the first line of text, fetched
  // whether or not a formula used it. As a file it is fetched only when a glyph needs it.
  vite: {
    build: { assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined) },
  },
  devToolbar: { enabled: false },
});
