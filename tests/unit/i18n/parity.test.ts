// Parity of the two editions (issue 17): every English chapter has its Korean translation, in the
// same place, with the same cells, figures and exercises in the same order, the same sections and
// the same heading ids (so a link's #anchor works in both). Adding an English chapter without its
// Korean twin fails here.
import { describe, expect, it } from 'vitest';
import { components, field, headings, slugs, source } from './mdx-source';

describe('the Korean edition translates every English chapter', () => {
  it('has the same chapters', () => {
    expect(slugs('ko')).toEqual(slugs('en'));
  });

  for (const slug of slugs('en')) {
    describe(slug, () => {
      const en = source('en', slug);
      const ko = (() => {
        try {
          return source('ko', slug);
        } catch {
          return '';
        }
      })();

      it('names the chapter it translates and keeps its place', () => {
        expect(field(ko, 'translationOf')).toBe(slug);
        expect(field(ko, 'order')).toBe(field(en, 'order'));
        expect(field(ko, 'draft') ?? 'false').toBe(field(en, 'draft') ?? 'false');
      });

      it('has the same cells, figures, listings and exercises, in order', () => {
        expect(components(ko)).toEqual(components(en));
      });

      it('has the same sections, each with the same explicit heading id', () => {
        const enHeadings = headings(en);
        expect(enHeadings.every((h) => h.id)).toBe(true);
        expect(headings(ko)).toEqual(enHeadings);
        expect(headings(ko).filter((h) => h.depth === 2)).toHaveLength(
          enHeadings.filter((h) => h.depth === 2).length,
        );
      });
    });
  }
});
