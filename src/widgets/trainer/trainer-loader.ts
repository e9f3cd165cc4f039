/**
 * Runs at page load, and stays tiny: loads the trainer when the reader comes near it, or tabs
 * into its controls (rendered and styled at build time, so the first Tab pass reaches them), or
 * presses one of its buttons: that press is kept and acted on once the trainer has loaded.
 */
import { nearNow, whenNear } from '../when-near';

let element: Promise<unknown> | undefined;
const load = (): void => {
  element ??= import('./trainer-element').catch((error: unknown) =>
    console.error('The trainer failed to load', error),
  );
};

for (const el of document.querySelectorAll<HTMLElement>('bp-trainer')) {
  whenNear(el, load);
  el.addEventListener('focusin', () => {
    nearNow(el);
    load();
  });
  el.addEventListener('click', (e) => {
    const action = (e.target as Element | null)?.closest<HTMLElement>('[data-action]');
    if (!action || el.classList.contains('bp-upgraded')) return;
    el.dataset['pending'] = action.dataset['action'] ?? '';
    nearNow(el);
    load();
  });
}
