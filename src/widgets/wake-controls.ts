/**
 * Restores the form controls that the build put to sleep on the whole-book page
 * (scripts/lib/dormant-controls.mjs says why): a text field written as a button becomes a text
 * field again (the same element, so its value stays), a `<div data-dormant-form>` becomes the
 * `<form>` it was, its radio buttons get their names back, and a `<template data-dormant>` is
 * replaced by what it holds (the select, which takes its stand-in's place). Each widget's lazy
 * code calls it first, once the widget is near (cell-upgrade.ts, exercise-upgrade.ts,
 * trainer-element.ts), so pages pay nothing for it at load; on a chapter page it finds nothing.
 */
export function wakeControls(root: Element): void {
  const focused = root.contains(document.activeElement)
    ? (document.activeElement as HTMLElement)
    : null;
  // Where the focus goes once everything is awake (a reader may have tabbed in before), and
  // whether it was a sleeping text field.
  let target = focused;
  const wasAsleep = focused?.hasAttribute('data-dormant-type') ?? false;
  for (const template of root.querySelectorAll<HTMLTemplateElement>('template[data-dormant]')) {
    const standIn = template.nextElementSibling;
    const select = template.content.firstElementChild as HTMLElement | null;
    template.replaceWith(template.content);
    if (standIn?.hasAttribute('data-dormant-select')) {
      // The select takes over its stand-in's place in the Tab order, and its focus.
      if (standIn === focused) target = select;
      standIn.remove();
    }
  }
  for (const sleeping of root.querySelectorAll<HTMLElement>('[data-dormant-form]')) {
    const form = document.createElement('form');
    for (const { name, value } of sleeping.attributes) {
      if (name !== 'data-dormant-form') form.setAttribute(name, value);
    }
    form.append(...sleeping.childNodes);
    sleeping.replaceWith(form);
  }
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[data-dormant-name]')) {
    radio.name = radio.dataset['dormantName'] ?? radio.name;
    delete radio.dataset['dormantName'];
  }
  for (const input of root.querySelectorAll<HTMLInputElement>('input[data-dormant-type]')) {
    input.type = input.dataset['dormantType'] ?? 'text';
    delete input.dataset['dormantType'];
  }
  // Moving a form's fields into it took the focus away: give it back. A field tabbed into while
  // asleep gets its value selected, as a Tab into a text field selects it, so the first key typed
  // replaces the value instead of going in front of it.
  if (target?.isConnected && document.activeElement !== target) {
    target.focus({ preventScroll: true });
  }
  if (wasAsleep && target instanceof HTMLInputElement) target.select();
}
