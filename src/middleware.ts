/**
 * Runs for every page at build time. It selects the page's words (the message catalogue), and
 * post-processes the whole-book page only (src/pages/book.astro): ids inside each chapter get the
 * chapter's prefix so that chapters rendered side by side cannot clash, links between chapters
 * become links within the page (they then work in the PDF too), and the stylesheets Astro repeats
 * once per chapter are kept once. On chapter pages and the whole book, exercises' answer keys move
 * to the "Answers" section at the end (src/lib/exercise-answers.ts). Other pages' HTML passes
 * through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { en } from './messages/en/index';
import { ko } from './messages/ko/index';
import { inEdition, localeOf } from './lib/locale';
import { useCatalogue } from './messages/t';
import { dedupeStyles } from './lib/dedupe-styles';
import { chapterLinksToAnchors, prefixChapterIds } from './lib/prefix-ids';
import { moveAnswerKeys } from './lib/exercise-answers';
import { escapeHtml } from './render/html/escape';
import { t } from './messages/t';

export const onRequest = defineMiddleware(async (context, next) => {
  // Every page renders its words from its edition's catalogue (the edition follows the URL).
  const locale = localeOf(context.url.pathname);
  useCatalogue(locale === 'ko' ? ko : en);
  const response = await next();
  const path = context.url.pathname.replace(/\/$/, '');
  // The edition's root under the site's base: `/` or `/ko/` (`/sub-path/ko/` under BP_BASE).
  const edition = inEdition(locale, '');
  if (path.startsWith(`${edition}chapters/`)) {
    // A chapter's exercises leave their answer keys at its end, for print (issue 16).
    const html = moveAnswerKeys(await response.text());
    return new Response(html, { status: response.status, headers: response.headers });
  }
  if (path !== `${edition}book`) return response;
  const html = moveAnswerKeys(
    dedupeStyles(chapterLinksToAnchors(prefixChapterIds(await response.text()), edition)),
    (n) => `<h3 class="bp-answers-chapter">${escapeHtml(t('exercise.answersChapter', { n }))}</h3>`,
  );
  return new Response(html, { status: response.status, headers: response.headers });
});
