// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { shikiThemes } from './src/shiki-themes.ts';
import { rehypeHeadingAnchors } from './src/lib/rehype-heading-anchors.ts';

export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [mdx()],
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
