import type { Locale } from './locale';

/** The book's PDF of one edition, as `npm run pdf` writes it (public/, then the site's root). */
export const pdfFileName = (locale: Locale): string =>
  locale === 'en' ? 'backprop-by-hand.pdf' : `backprop-by-hand-${locale}.pdf`;
