import { describe, expect, it } from 'vitest';
import { en } from '../../../src/messages/en/index';
import { t, useCatalogue, type Catalogue } from '../../../src/messages/index';
import { fill } from '../../../src/messages/fill';

describe('the message catalogue', () => {
  it('gives plain strings and fills templates', () => {
    expect(t('nav.next')).toBe('Next');
    expect(t('chapter.number', { n: 4 })).toBe('Chapter 4');
    expect(t('site.pageTitle', { title: 'Computational graphs' })).toBe(
      'Computational graphs · Backprop by Hand',
    );
  });

  it('has no empty message and no stray slot', () => {
    for (const [key, message] of Object.entries(en)) {
      const text = typeof message === 'string' ? message : '';
      if (typeof message === 'string') expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/\{\w+\}/);
    }
  });

  it('switches catalogues, so a second language needs no other change', () => {
    const shouting: Catalogue = { ...en, 'nav.next': 'NEXT' };
    useCatalogue(shouting);
    try {
      expect(t('nav.next')).toBe('NEXT');
    } finally {
      useCatalogue(en);
    }
    expect(t('nav.next')).toBe('Next');
  });

  it('rejects, at type level, a catalogue that lacks a key or changes a template', () => {
    const { 'nav.next': _dropped, ...partial } = en;
    // @ts-expect-error a catalogue without 'nav.next' is not a Catalogue
    const missing: Catalogue = partial;
    // @ts-expect-error a template must take the same parameters
    const wrong: Catalogue = { ...en, 'chapter.number': ({ m }: { m: string }) => m };
    expect(Object.keys(missing)).not.toContain('nav.next');
    expect(typeof wrong['chapter.number']).toBe('function');
  });
});

describe('fill', () => {
  it('fills slots rendered at build time, in the browser', () => {
    const template = t('search.count', { count: '{count}', query: '{query}' });
    expect(fill(template, { count: '3', query: 'relu' })).toBe('3 results for “relu”');
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });
});
