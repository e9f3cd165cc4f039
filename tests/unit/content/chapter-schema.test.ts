import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../../src/content.config';

const good = { title: 'Why backpropagation', order: 1, summary: 'One line.' };

/** The field paths zod complains about, as Astro prints them in a failed build. */
const badFields = (data: unknown): string[] => {
  const r = chapterSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('chapter frontmatter schema', () => {
  it('accepts a minimal chapter and fills the defaults', () => {
    expect(chapterSchema.parse(good)).toEqual({ ...good, goals: [], draft: false });
  });

  it('names the field that is wrong', () => {
    expect(badFields({ ...good, order: 'one' })).toEqual(['order']);
    expect(badFields({ ...good, order: 0 })).toEqual(['order']);
    expect(badFields({ ...good, order: 1.5 })).toEqual(['order']);
    expect(badFields({ ...good, title: '' })).toEqual(['title']);
    expect(badFields({ ...good, goals: ['ok', ''] })).toEqual(['goals.1']);
    expect(badFields({ ...good, draft: 'yes' })).toEqual(['draft']);
  });

  it('names a missing field', () => {
    const { summary: _, ...noSummary } = good;
    expect(badFields(noSummary)).toEqual(['summary']);
  });

  it('rejects unknown fields (a typo never passes silently)', () => {
    const r = chapterSchema.safeParse({ ...good, sumary: 'typo' });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('sumary');
  });
});
