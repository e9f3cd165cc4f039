/** Defines `<bp-network-check>` (loads its module) when the check comes near the viewport. */
import { whenNear } from './when-near';

for (const panel of document.querySelectorAll('bp-network-check')) {
  whenNear(panel, () => {
    import('./network-check-element').catch((error: unknown) =>
      console.error('The network check failed to load', error),
    );
  });
}
