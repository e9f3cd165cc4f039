/**
 * The home page's introduction and the book's credits, per edition: content/home/en.mdx and
 * credits.mdx in English, ko.mdx and credits-ko.mdx in Korean. An edition without its own text
 * yet falls back to English.
 */
import type { MDXInstance } from 'astro';
import type { Locale } from './locale';

const files = import.meta.glob<MDXInstance<Record<string, never>>>('../../content/home/*.mdx', {
  eager: true,
});
const NAMES = {
  intro: { en: 'en', ko: 'ko' },
  credits: { en: 'credits', ko: 'credits-ko' },
} as const;

export function homeText(
  locale: Locale,
  part: keyof typeof NAMES,
): MDXInstance<Record<string, never>>['default'] {
  const file =
    files[`../../content/home/${NAMES[part][locale]}.mdx`] ??
    files[`../../content/home/${NAMES[part].en}.mdx`];
  if (!file) throw new Error(`content/home: no ${part} text`);
  return file.default;
}
