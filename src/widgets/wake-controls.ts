/**
 * Restores the form controls that the build put to sleep on the whole-book page
 * (scripts/lib/dormant-controls.mjs says why): a text field written as a button becomes a text
 * field again (the same element, so focus and value stay), a `<div data-dormant-form>` becomes the
 * `<form>` it was, and a `<template data-dormant>` is replaced by what it holds. Each widget's lazy
 * code calls it first, once the widget is near (cell-upgrade.ts, exercise-upgrade.ts,
 * trainer-element.ts), so pages pay nothing for it at load; on a chapter page it finds nothing.
 */
export function wakeControls(root: Element): void {
  for (const template of root.querySelectorAll<HTMLTemplateElement>('template[data-dormant]')) {
    template.replaceWith(template.content);
  }
  for (const sleeping of root.querySelectorAll<HTMLElement>('[data-dormant-form]')) {
    // A reader may have tabbed into a sleeping exercise; moving its field would drop the focus.
    const focused = sleeping.contains(document.activeElement)
      ? (document.activeElement as HTMLElement)
      : null;
    const form = document.createElement('form');
    for (const { name, value } of sleeping.attributes) {
      if (name !== 'data-dormant-form') form.setAttribute(name, value);
    }
    form.append(...sleeping.childNodes);
    sleeping.replaceWith(form);
    focused?.focus({ preventScroll: true });
  }
  for (const input of root.querySelectorAll<HTMLInputElement>('input[data-dormant-type]')) {
    input.type = input.dataset['dormantType'] ?? 'text';
    delete input.dataset['dormantType'];
  }
}
