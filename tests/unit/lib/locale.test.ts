// The two editions' URLs (src/lib/locale.ts): which edition a path is, and its twin in the other.
import { describe, expect, it } from 'vitest';
import { inEdition, localeOf, otherLocale, twinOf } from '../../../src/lib/locale';

describe('the edition of a page follows its URL', () => {
  it('is Korean under /ko/ and English everywhere else', () => {
    expect(localeOf('/ko/')).toBe('ko');
    expect(localeOf('/ko')).toBe('ko');
    expect(localeOf('/ko/chapters/chain-rule/')).toBe('ko');
    expect(localeOf('/')).toBe('en');
    expect(localeOf('/chapters/chain-rule/')).toBe('en');
    // A page whose name merely starts with "ko" is English.
    expect(localeOf('/kofi/')).toBe('en');
    expect(localeOf('/chapters/ko/')).toBe('en');
  });

  it('builds paths inside an edition', () => {
    expect(inEdition('en', 'chapters/x/')).toBe('/chapters/x/');
    expect(inEdition('ko', 'chapters/x/')).toBe('/ko/chapters/x/');
    expect(inEdition('ko', '')).toBe('/ko/');
    expect(inEdition('en', '')).toBe('/');
  });

  it('finds the twin of every page both editions have, and none for the others', () => {
    expect(twinOf('/', 'ko')).toBe('/ko/');
    expect(twinOf('/ko/', 'en')).toBe('/');
    expect(twinOf('/ko', 'en')).toBe('/');
    expect(twinOf('/chapters/chain-rule/', 'ko')).toBe('/ko/chapters/chain-rule/');
    expect(twinOf('/ko/chapters/chain-rule/', 'en')).toBe('/chapters/chain-rule/');
    expect(twinOf('/ko/chapters/chain-rule', 'en')).toBe('/chapters/chain-rule/');
    expect(twinOf('/book/', 'ko')).toBe('/ko/book/');
    expect(twinOf('/ko/glossary/', 'en')).toBe('/glossary/');
    expect(twinOf('/chapters/chain-rule/', 'en')).toBe('/chapters/chain-rule/');
    expect(twinOf('/404.html', 'ko')).toBeUndefined();
    expect(twinOf('/ko/404.html', 'en')).toBeUndefined();
    expect(twinOf('/dev/cells/', 'ko')).toBeUndefined();
    expect(otherLocale('en')).toBe('ko');
    expect(otherLocale('ko')).toBe('en');
  });
});
