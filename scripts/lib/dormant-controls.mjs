// Form controls on the whole-book page sleep until their widget comes near (issue 13).
//
// Chrome's form filling (autofill and the password manager) inspects every text field, select and
// form of a page when it has parsed (DOMContentLoaded) and when it has loaded. To ask whether a
// control is focusable or shown it forces style and layout of the control's surroundings, and a
// control inside a block skipped by `content-visibility: auto` forces that whole block. The whole
// book skips each chapter's body until it comes near (styles/whole-book.css), and every chapter
// has cells and exercises, so at load Chrome laid out all seven chapters anyway: one task of
// 230–330 ms on a fast machine, 0.5 s of blocking time on a phone (Lighthouse's TBT 350–650 ms).
// Radio buttons, checkboxes and `type="button"` inputs are not inspected (measured: a page of seven
// skipped sections with a text field in each spends 110 ms in that check, 3 ms without).
//
// So on that page, after the build, each control that Chrome would inspect is written in a form it
// does not inspect, and src/widgets/wake-controls.ts restores it first thing in its widget's lazy
// code (cell, exercise, trainer), which loads when the widget comes near:
//   - a text field becomes `type="button" data-dormant-type="text"`: the same element, focusable,
//     showing its value (styles give it the text field's look), so nothing moves when it wakes;
//   - a `<form>` becomes `<div data-dormant-form>` with the same attributes and children, and its
//     radio buttons get a name of their own while it sleeps (`data-dormant-name` keeps the real
//     one): without their forms, every exercise's `name="answer"` radios would be one group;
//   - a `<select>` (only the trainer's) goes into a `<template>`, with a button showing its chosen
//     option in its place, so the field has its box and its place in the Tab order while asleep.
// The chapter pages keep real controls: their cells and exercises are not inside skipped blocks.
// Only the part of the page from the first chapter to the end of <main> changes: the site search
// in the header stays a search field.

const CHAPTER = '<article class="book-chapter"';

/** @param {string} html a built page @returns {boolean} whether it is a whole-book page */
export const isWholeBookHtml = (html) => html.includes(CHAPTER);

/** @param {string} html a whole-book page @returns {string} the page with its controls asleep */
export function dormantControls(html) {
  const start = html.indexOf(CHAPTER);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;
  let forms = 0;
  const body = html
    .slice(start, end)
    .replace(/<input\b[^>]*>/g, (tag) =>
      /\stype="text"/.test(tag)
        ? tag.replace(/\stype="text"/, ' type="button" data-dormant-type="text"')
        : tag,
    )
    // Forms do not nest, so each `<form` is closed by the next `</form>`.
    .replace(/<form\b([\s\S]*?)<\/form>/g, (_, inner) => {
      const n = ++forms;
      const radios = inner.replace(/<input\b[^>]*\stype="radio"[^>]*>/g, (tag) =>
        tag.replace(/\sname="([^"]*)"/, ` name="$1--asleep-${n}" data-dormant-name="$1"`),
      );
      return `<div data-dormant-form${radios}</div>`;
    })
    .replace(/<select\b[\s\S]*?<\/select>/g, (select) => {
      const chosen = /<option\b[^>]*\sselected\b[^>]*>([^<]*)</.exec(select)?.[1]?.trim() ?? '';
      const value = chosen.replaceAll('"', '&quot;');
      return (
        `<template data-dormant>${select}</template>` +
        `<input type="button" data-dormant-select value="${value}">`
      );
    });
  return html.slice(0, start) + body + html.slice(end);
}
