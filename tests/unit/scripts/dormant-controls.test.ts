// The whole book's controls asleep until near (issue 13): the build's rewrite
// (scripts/lib/dormant-controls.mjs) leaves nothing Chrome's form filling inspects inside the
// chapters, and the browser's wake (src/widgets/wake-controls.ts) gives back exactly the markup
// the page was rendered with.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dormantControls, isWholeBookHtml } from '../../../scripts/lib/dormant-controls.mjs';
import { wakeControls } from '../../../src/widgets/wake-controls';

const chapters =
  '<article class="book-chapter" id="chapter-a"><div class="prose">' +
  '<bp-shopping data-bp-cell="shopping" id="a--shopping"><div class="bp-field">' +
  '<label for="a--shopping-applePrice">Apple price</label>' +
  '<input id="a--shopping-applePrice" type="text" inputmode="decimal" value="100" aria-describedby="e">' +
  '<input type="text" class="bp-matrix-entry" value="−1.5" aria-label="W row 1">' +
  '<label class="bp-choice"><input type="radio" name="a--shopping-mode" value="x" checked> x</label>' +
  '</div></bp-shopping>' +
  '<div data-bp-exercise><form class="bp-ex-form" aria-labelledby="ex-title" method="dialog" novalidate>' +
  '<input id="ex-answer" name="answer" type="text" autocomplete="off"><button type="submit">Check</button></form></div>' +
  '<div data-bp-exercise><form class="bp-ex-form" aria-labelledby="ex2-title" method="dialog" novalidate>' +
  '<label><input type="radio" name="answer" value="same"> Same</label>' +
  '<label><input type="radio" name="answer" value="more"> More</label></form></div>' +
  '</div></article>' +
  '<article class="book-chapter" id="chapter-b"><div class="prose"><bp-trainer>' +
  '<form class="bp-trainer__controls" data-js-only novalidate aria-label="Training settings">' +
  '<select id="t-dataset" name="dataset"><option value="spiral" selected>Spiral</option></select>' +
  '<input type="text" id="t-rate" name="rate" value="0.5"></form></bp-trainer></div></article>';
const page =
  '<!doctype html><html><body><header><form role="search" class="search-form">' +
  '<input id="site-search" type="search"><input type="text" id="header-text"></form></header>' +
  `<main><h1>The whole book</h1>${chapters}</main><footer><form><input type="text"></form></footer></body></html>`;

/** Every element under root in document order, with its attributes in a fixed order (the DOM
 * used here lists a copied element's attributes in another order than the browser does). */
const shape = (root: Element): string[] =>
  [...root.querySelectorAll('*')].map(
    (el) =>
      `${el.tagName} ${[...el.attributes]
        .map((a) => `${a.name}=${a.value}`)
        .sort()
        .join(' ')}`,
  );

describe('the build puts the whole book’s controls to sleep', () => {
  const asleep = dormantControls(page);
  const main = asleep.slice(asleep.indexOf('<main>'), asleep.indexOf('</main>'));

  it('recognises a whole-book page and leaves other pages alone', () => {
    expect(isWholeBookHtml(page)).toBe(true);
    const chapterPage = '<main><h1>Chain rule</h1><form><input type="text"></form></main>';
    expect(isWholeBookHtml(chapterPage)).toBe(false);
  });

  it('leaves no text field, form or select in the chapters', () => {
    const { document } = parseHTML(`<div>${main}</div>`);
    const chapterEls = document.querySelectorAll('.book-chapter *');
    const inspected = [...chapterEls].filter(
      (el) =>
        el.tagName === 'FORM' ||
        el.tagName === 'SELECT' ||
        (el.tagName === 'INPUT' && el.getAttribute('type') === 'text'),
    );
    expect(inspected).toEqual([]);
    // Each text field is the same input, showing its value, marked to wake as text.
    expect(main).toContain(
      '<input id="a--shopping-applePrice" type="button" data-dormant-type="text" inputmode="decimal" value="100"',
    );
    expect(main).toContain('<div data-dormant-form class="bp-ex-form"');
    expect(main).toContain('<template data-dormant><select id="t-dataset"');
    // In the select's place until it wakes: a stand-in showing the chosen option.
    expect(main).toContain(
      '</select></template><input type="button" data-dormant-select value="Spiral">',
    );
    // Radio buttons are not inspected, so they stay as they are.
    expect(main).toContain('<input type="radio" name="a--shopping-mode" value="x" checked>');
  });

  it('keeps each sleeping form’s radio buttons a group of their own', () => {
    // Without its form a radio button groups with every other of its name in the page.
    expect(main).toContain(
      '<input type="radio" name="answer--asleep-2" data-dormant-name="answer" value="same">',
    );
    expect(main).toContain(
      '<input type="radio" name="answer--asleep-2" data-dormant-name="answer" value="more">',
    );
    expect(main).not.toMatch(/type="radio" name="answer"/);
  });

  it('touches nothing outside the chapters: the site search, the page’s head and footer', () => {
    const before = asleep.slice(0, asleep.indexOf('<article'));
    expect(before).toBe(page.slice(0, page.indexOf('<article')));
    expect(before).toContain('<input type="text" id="header-text">');
    expect(asleep.slice(asleep.indexOf('</main>'))).toBe(page.slice(page.indexOf('</main>')));
  });

  it('gives back the markup it was rendered with once every widget has woken', () => {
    const { document } = parseHTML(asleep);
    const g = globalThis as { document?: unknown };
    const saved = g.document;
    g.document = document;
    try {
      for (const el of document.querySelectorAll(
        '[data-bp-cell], [data-bp-exercise], bp-trainer',
      )) {
        wakeControls(el);
      }
    } finally {
      g.document = saved;
    }
    const original = parseHTML(page).document;
    expect(shape(document.querySelector('main')!)).toEqual(shape(original.querySelector('main')!));
    expect(document.querySelector('main')!.textContent).toBe(
      original.querySelector('main')!.textContent,
    );
  });

  it('leaves a page without chapters as it was', () => {
    const other = '<main><form><input type="text"></form></main>';
    expect(dormantControls(other)).toBe(other);
  });
});
