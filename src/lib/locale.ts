/**
 * The book's two editions (issue 17): English at the site's root, Korean under `ko/`. A page's
 * edition follows from its URL alone, so every component can tell it from `Astro.url` and no
 * prop has to carry it; nothing is remembered and nothing redirects by browser language.
 */
import { inBook } from './base-url';

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

/** The URL prefix of each edition below the site's base ('' for the default, English). */
const PREFIX: Record<Locale, string> = { en: '', ko: 'ko/' };

const base = (): string => import.meta.env.BASE_URL.replace(/\/*$/, '/');

/** The path below the site's base: `/base/ko/chapters/x/` → `ko/chapters/x/`. */
function bookPath(pathname: string): string {
  const b = base();
  const path = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  return path;
}

/** The edition a page belongs to, from its URL path. */
export function localeOf(pathname: string): Locale {
  const path = bookPath(pathname);
  return path === 'ko' || path.startsWith('ko/') ? 'ko' : 'en';
}

/** A path inside an edition as a URL: `inEdition('ko', 'chapters/x/')` → `/ko/chapters/x/`. */
export function inEdition(locale: Locale, path: string): string {
  return inBook(PREFIX[locale] + path.replace(/^\/+/, ''));
}

/** The page's path inside its edition: `/ko/chapters/x/` → `chapters/x/`. */
function editionPath(pathname: string): string {
  const path = bookPath(pathname);
  const locale = localeOf(pathname);
  return locale === 'en' ? path : path.slice(PREFIX[locale].length - 1).replace(/^\/+/, '');
}

// Pages both editions have (the dev fixtures and the 404 page have no twin to point to).
const TWINNED = /^(?:|chapters\/[a-z0-9-]+\/?|book\/?|glossary\/?)$/;

/** The same page in the other edition, or undefined when the page has no twin. */
export function twinOf(pathname: string, to: Locale): string | undefined {
  const path = editionPath(pathname);
  if (!TWINNED.test(path)) return undefined;
  return inEdition(to, path.replace(/([^/])$/, '$1/'));
}

/** The other edition's locale (two editions: each has exactly one other). */
export const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'ko' : 'en');
