/**
 * Build-time post-processing of the whole-book page only (src/pages/book.astro): ids inside
 * each chapter get the chapter's prefix so that chapters rendered side by side cannot clash,
 * and links between chapters become links within the page (they then work in the PDF too).
 * Every other page passes through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { chapterLinksToAnchors, prefixChapterIds } from './lib/prefix-ids';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.url.pathname.replace(/\/$/, '') !== '/book') return response;
  const html = chapterLinksToAnchors(prefixChapterIds(await response.text()));
  return new Response(html, { status: response.status, headers: response.headers });
});
