// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { shikiThemes } from './src/shiki-themes.ts';

export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [mdx()],
  markdown: {
    remarkPlugins: [remarkMath],
    rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }]],
    shikiConfig: { themes: shikiThemes, defaultColor: 'light', wrap: false },
  },
  build: { inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
});
