/**
 * Runs at page load, and stays tiny: shows each trainer's controls (they work only with a
 * script) and loads the trainer itself when the reader comes near it, or at once when a button
 * is pressed first; the element then does what was pressed (`data-pending`).
 */
import { nearNow, whenNear } from '../when-near';

let element: Promise<unknown> | undefined;
const load = (): void => {
  element ??= import('./trainer-element').catch((error: unknown) =>
    console.error('The trainer failed to load', error),
  );
};

for (const el of document.querySelectorAll<HTMLElement>('bp-trainer')) {
  el.querySelector('[data-needs-js]')?.setAttribute('hidden', '');
  el.querySelector('[data-controls]')?.removeAttribute('hidden');
  whenNear(el, load);
  el.addEventListener('click', (e) => {
    const action = (e.target as Element | null)?.closest<HTMLElement>('[data-action]');
    if (!action || el.classList.contains('bp-upgraded')) return;
    el.dataset['pending'] = action.dataset['action'] ?? '';
    nearNow(el);
    load();
  });
}
