import { describe, expect, it } from 'vitest';
import { chapterLinksToAnchors, prefixChapterIds, prefixIdsIn } from '../../../src/lib/prefix-ids';

describe('prefixIdsIn', () => {
  it('prefixes ids and the links, labels and SVG references that point at them', () => {
    const html =
      '<h2 id="summary">Summary</h2><a class="anchor-link" href="#summary">#</a>' +
      '<label for="shop-tax">Tax</label><input id="shop-tax" aria-describedby="shop-tax-error x">' +
      '<p id="shop-tax-error"></p><svg><marker id="shop-fwd"/><line marker-end="url(#shop-fwd)"/></svg>';
    expect(prefixIdsIn(html, 'ch2')).toBe(
      '<h2 id="ch2--summary">Summary</h2><a class="anchor-link" href="#ch2--summary">#</a>' +
        '<label for="ch2--shop-tax">Tax</label><input id="ch2--shop-tax" aria-describedby="ch2--shop-tax-error x">' +
        '<p id="ch2--shop-tax-error"></p><svg><marker id="ch2--shop-fwd"/><line marker-end="url(#ch2--shop-fwd)"/></svg>',
    );
  });

  it('leaves references to ids outside the chapter alone', () => {
    const html = '<a href="#main">top</a><a href="/chapters/x/#summary">x</a><p id="a"></p>';
    expect(prefixIdsIn(html, 'c')).toBe(
      '<a href="#main">top</a><a href="/chapters/x/#summary">x</a><p id="c--a"></p>',
    );
  });

  it('matches percent-encoded fragments to their ids', () => {
    const html = '<h2 id="über">Ü</h2><a href="#%C3%BCber">link</a>';
    expect(prefixIdsIn(html, 'c')).toBe('<h2 id="c--über">Ü</h2><a href="#c--%C3%BCber">link</a>');
  });
});

describe('prefixChapterIds', () => {
  it('ends the last chapter where the book’s answers begin (issue 16)', () => {
    const page =
      '<main><article class="book-chapter"><div class="prose" data-book-ids="c"><p id="x"></p></div></article>' +
      '<section class="bp-answers" aria-labelledby="book-answers"><h2 id="book-answers">Answers</h2></section></main>';
    const out = prefixChapterIds(page);
    expect(out).toContain('<p id="c--x">');
    expect(out).toContain('aria-labelledby="book-answers"><h2 id="book-answers">');
  });

  it('gives two chapters with the same heading id distinct ids, and touches nothing else', () => {
    const chapter = (id: string) =>
      `<article class="book-chapter" id="chapter-${id}"><div class="prose" data-book-ids="${id}">` +
      `<h2 id="summary">S</h2><a href="#summary">#</a></div></article>`;
    const page = `<main id="main"><nav><a href="#chapter-a">A</a></nav>${chapter('a')}${chapter('b')}</main><p id="after"></p>`;
    const out = prefixChapterIds(page);
    expect(out).toContain('<h2 id="a--summary">S</h2><a href="#a--summary">#</a>');
    expect(out).toContain('<h2 id="b--summary">S</h2><a href="#b--summary">#</a>');
    expect(out).toContain('<main id="main"><nav><a href="#chapter-a">A</a></nav>');
    expect(out).toContain('id="chapter-a"');
    expect(out).toContain('<p id="after"></p>');
    expect(out.match(/id="summary"/g)).toBeNull();
  });
});

describe('chapterLinksToAnchors', () => {
  it('turns links to chapters on the page into in-page links, and leaves others alone', () => {
    const page =
      '<div class="prose" data-book-ids="chain-rule"></div>' +
      '<a href="/chapters/chain-rule/">3</a><a href="/chapters/chain-rule/#the-add-node">+</a>' +
      '<a href="/chapters/draft-chapter/">?</a><a href="/">home</a>';
    expect(chapterLinksToAnchors(page)).toBe(
      '<div class="prose" data-book-ids="chain-rule"></div>' +
        '<a href="#chapter-chain-rule">3</a><a href="#chain-rule--the-add-node">+</a>' +
        '<a href="/chapters/draft-chapter/">?</a><a href="/">home</a>',
    );
  });

  it('matches links under the site base when the book is built under a sub-path', () => {
    const page =
      '<div data-book-ids="chain-rule"></div>' +
      '<a href="/sub/chapters/chain-rule/#x">x</a><a href="/chapters/chain-rule/">root</a>';
    expect(chapterLinksToAnchors(page, '/sub/')).toBe(
      '<div data-book-ids="chain-rule"></div>' +
        '<a href="#chain-rule--x">x</a><a href="/chapters/chain-rule/">root</a>',
    );
  });
});
