/**
 * Loaded by every page with an exercise, and kept tiny: an exercise upgrades (its spec and words
 * are fetched) when it comes near the viewport, or at once when the URL hash names it
 * (`#ex-why-1:seed=42`), so a link restores its numbers wherever it is. Until then it shows, and
 * prints, its build-time problem.
 */
import { nearNow, whenNear } from '../when-near';

let kit: Promise<typeof import('./exercise-upgrade')> | undefined;

function upgrade(el: HTMLElement): void {
  kit ??= import('./exercise-upgrade');
  kit
    .then((m) => m.upgradeExercise(el))
    .catch((error: unknown) => console.error('The exercise kit failed to load', error));
}

function upgradeNamedInHash(): void {
  for (const part of location.hash.slice(1).split('/')) {
    const id = part.slice(0, part.indexOf(':'));
    const el = id ? document.getElementById(id) : null;
    if (el?.dataset['bpExercise']) nearNow(el);
  }
}

// Scrolling to a linked exercise is link-scroll.ts's, on every page.
for (const el of document.querySelectorAll<HTMLElement>('[data-bp-exercise]')) {
  whenNear(el, () => upgrade(el));
  // Focus reaching it starts loading; a Check pressed before the code arrives is kept (the
  // controller runs it once it starts) instead of lost.
  el.addEventListener('focusin', () => nearNow(el), { once: true });
  el.addEventListener('submit', (event) => {
    if (el.classList.contains('bp-ex-live')) return;
    event.preventDefault();
    el.dataset['pendingCheck'] = '';
    nearNow(el);
  });
}
upgradeNamedInHash();
addEventListener('hashchange', upgradeNamedInHash);
