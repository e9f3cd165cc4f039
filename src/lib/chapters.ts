import { getCollection, type CollectionEntry } from 'astro:content';
import { inEdition, type Locale } from './locale';

/** A chapter of either edition (content/chapters/en/, content/chapters/ko/). */
export type Chapter = CollectionEntry<'chapters'> | CollectionEntry<'chaptersKo'>;

const COLLECTION = { en: 'chapters', ko: 'chaptersKo' } as const;

/** The edition a chapter belongs to. */
export const chapterLocale = (c: Chapter): Locale => (c.collection === 'chaptersKo' ? 'ko' : 'en');

/**
 * Published chapters of one edition in book order. Fails the build if two chapters claim one
 * position.
 */
export async function bookChapters(locale: Locale = 'en'): Promise<Chapter[]> {
  const all: Chapter[] = await getCollection(COLLECTION[locale], (c: Chapter) => !c.data.draft);
  const sorted = all.sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    const [prev, cur] = [sorted[i - 1]!, sorted[i]!];
    if (prev.data.order === cur.data.order) {
      throw new Error(
        `content/chapters/${locale}: "${prev.id}" and "${cur.id}" both have order ${cur.data.order}`,
      );
    }
  }
  return sorted;
}

export const chapterHref = (c: Chapter): string => inEdition(chapterLocale(c), `chapters/${c.id}/`);

/** `getStaticPaths` of an edition's chapter pages: one page per chapter, slug = file name. */
export async function chapterPaths(locale: Locale) {
  const chapters = await bookChapters(locale);
  return chapters.map((chapter) => ({
    params: { slug: chapter.id },
    props: { chapter, chapters },
  }));
}
