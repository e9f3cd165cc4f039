/** Defines `<bp-gradient-timing>` (loads its module) when a timing panel comes near the viewport. */
import { whenNear } from './when-near';

for (const panel of document.querySelectorAll('bp-gradient-timing')) {
  whenNear(panel, () => {
    import('./gradient-timing-element').catch((error: unknown) =>
      console.error('The timing panel failed to load', error),
    );
  });
}
