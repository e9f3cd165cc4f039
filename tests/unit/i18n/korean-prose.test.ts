// The Korean chapters are Korean (issue 17): mostly Hangul outside code and math, no Hangul inside
// math (KaTeX can't set it well, and rehype-katex would hide the error), and the glossary's terms.
import { describe, expect, it } from 'vitest';
import { GLOSSARY, UNSPACED } from '../../../src/i18n/glossary';
import { HANGUL, letters, math, prose, slugs, source } from './mdx-source';

for (const slug of slugs('ko')) {
  describe(`ko/${slug}`, () => {
    const ko = source('ko', slug);
    const koProse = prose(ko);

    it('is at least 60 % Hangul, by letters outside code and math', () => {
      const { hangul, latin } = letters(koProse);
      expect(hangul / (hangul + latin)).toBeGreaterThanOrEqual(0.6);
    });

    it('has no Hangul inside its math, \\text{} included', () => {
      const withHangul = math(ko).filter((m) => HANGUL.test(m));
      expect(withHangul).toEqual([]);
    });

    it('never runs the glossary’s spaced terms together', () => {
      expect(UNSPACED.filter((w) => koProse.includes(w))).toEqual([]);
    });

    it('uses the glossary’s Korean for every glossary term its English prose uses', () => {
      const enProse = prose(source('en', slug));
      const missing = GLOSSARY.filter((term) => term.find?.test(enProse))
        .filter((term) => !term.ko.some((form) => koProse.includes(form)))
        .map((term) => `${term.en} → ${term.ko.join(' / ')}`);
      expect(missing).toEqual([]);
    });
  });
}

describe('the prose reader of these tests', () => {
  it('drops code, math, JSX and imports, and keeps the words', () => {
    const src = [
      '---',
      'title: 제목',
      '---',
      "import X from './x';",
      '역전파는 $\\frac{a}{b}$와 `code`와 <Cell spec={x} title="셀" /> {v.payment}를 쓴다.',
      '```ts',
      'const english = 1;',
      '```',
      '$$',
      'y = x',
      '$$',
    ].join('\n');
    expect(prose(src).trim()).toBe('역전파는 와 와 를 쓴다.');
    expect(math(src)).toEqual(['\ny = x\n', '\\frac{a}{b}']);
  });
});
