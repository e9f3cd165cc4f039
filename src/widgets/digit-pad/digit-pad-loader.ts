/**
 * Loads `<bp-digit-pad>` when a pad comes near the viewport, and from page load on keeps the
 * trainer's latest digits network (`bp-trainer-params` on document), so a pad that loads after
 * the reader trained still switches to their network.
 */
import { whenNear } from '../when-near';
import type { TrainerParamsTarget } from './trainer-target';

const pads = [...document.querySelectorAll<TrainerParamsTarget>('bp-digit-pad')];

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
  for (const pad of pads) {
    whenNear(pad, () => {
      import('./digit-pad-element').catch((error: unknown) =>
        console.error('The drawing pad failed to load', error),
      );
    });
  }
}
