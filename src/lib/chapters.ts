import { getCollection, type CollectionEntry } from 'astro:content';
import { inBook } from './base-url';

export type Chapter = CollectionEntry<'chapters'>;

/** Published chapters in book order. Fails the build if two chapters claim one position. */
export async function bookChapters(): Promise<Chapter[]> {
  const all = await getCollection('chapters', (c) => !c.data.draft);
  const sorted = all.sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    const [prev, cur] = [sorted[i - 1]!, sorted[i]!];
    if (prev.data.order === cur.data.order) {
      throw new Error(
        `content/chapters: "${prev.id}" and "${cur.id}" both have order ${cur.data.order}`,
      );
    }
  }
  return sorted;
}

export const chapterHref = (c: Chapter): string => inBook(`chapters/${c.id}/`);
