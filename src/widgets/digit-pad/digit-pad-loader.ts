/**
 * Loads `<bp-digit-pad>` when a pad comes near the viewport or takes the focus, and from page load
 * on keeps the trainer's latest digits network (`bp-trainer-params` on document), so a pad that
 * loads after the reader trained still switches to their network. At load it makes the drawing
 * surface a tab stop (its buttons show from the first paint): the first Tab pass reaches the
 * pad, and a Clear or Erase pressed before the code arrives is kept and done once it has.
 */
import { nearNow, whenNear } from '../when-near';
import type { TrainerParamsTarget } from './trainer-target';

const pads = [...document.querySelectorAll<TrainerParamsTarget>('bp-digit-pad')];
/** The keys the pad takes for itself once drawable (see brush.ts's moveCursor). */
const DRAWING_KEYS = new Set([' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

if (pads.length > 0) {
  // Capture, so the event is seen whether the trainer dispatches it on document or on itself.
  document.addEventListener(
    'bp-trainer-params',
    (event) => {
      const detail: unknown = (event as CustomEvent<unknown>).detail;
      for (const pad of pads) {
        if (pad.receiveTrainerParams) pad.receiveTrainerParams(detail);
        else pad.trainerDetail = detail;
      }
    },
    { capture: true },
  );
  let element: Promise<unknown> | undefined;
  const load = (): void => {
    element ??= import('./digit-pad-element').catch((error: unknown) =>
      console.error('The drawing pad failed to load', error),
    );
  };
  for (const pad of pads) {
    const surface = pad.querySelector<HTMLElement>('[data-pad-surface]');
    const help = pad.querySelector<HTMLElement>('[data-pad-help]');
    surface?.setAttribute('role', 'application');
    surface?.setAttribute('tabindex', '0');
    if (help?.id) surface?.setAttribute('aria-describedby', help.id);
    whenNear(pad, load);
    pad.addEventListener('focusin', () => {
      nearNow(pad);
      load();
    });
    // Before the code arrives: Erase shows its new state at once (the pad starts in that mode), a
    // Clear is kept and done on arrival, and the keys that draw do not scroll the page away.
    pad.addEventListener('click', (e) => {
      if (pad.dataset['upgraded']) return;
      const button = (e.target as Element | null)?.closest<HTMLElement>(
        '[data-pad-clear], [data-pad-erase]',
      );
      if (!button) return;
      if (button.hasAttribute('data-pad-clear')) pad.dataset['pendingClear'] = 'yes';
      else button.setAttribute('aria-pressed', String(button.ariaPressed !== 'true'));
      nearNow(pad);
      load();
    });
    surface?.addEventListener('keydown', (e) => {
      if (!pad.dataset['upgraded'] && DRAWING_KEYS.has(e.key)) e.preventDefault();
    });
  }
}
