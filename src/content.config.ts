import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

/** Frontmatter of a chapter. A bad field fails the build naming the file and the field. */
export const chapterSchema = z
  .object({
    title: z.string().min(1),
    /** Position in the book, 1-based; unique across chapters. */
    order: z.number().int().positive(),
    /** One line for the home page and the sidebar tooltip. */
    summary: z.string().min(1),
    /** What the reader will be able to do after the chapter. */
    goals: z.array(z.string().min(1)).default([]),
    /** Drafts are built nowhere: they never appear in navigation. */
    draft: z.boolean().default(false),
  })
  .strict();

/**
 * A translated chapter names the English chapter it translates (its file name without `.mdx`).
 * tests/unit/i18n/parity.test.ts holds the pair to the same order, cells, exercises and sections.
 */
export const translatedChapterSchema = chapterSchema.extend({ translationOf: z.string().min(1) });

// One folder per language; a chapter's file name is its URL slug in every edition
// (`/chapters/<slug>/`, `/ko/chapters/<slug>/`). See docs/architecture.md, "Two editions".
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters/en' }),
  schema: chapterSchema,
});

const chaptersKo = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters/ko' }),
  schema: translatedChapterSchema,
});

export const collections = { chapters, chaptersKo };
