/**
 * Chapter 1's timing, off the page's main thread: the numerical gradient of even the capped
 * network keeps a CPU busy for a few hundred milliseconds, which would freeze scrolling and
 * typing. Receives a parameter count, posts back the `GradientTiming` (plain data).
 */
import { timingNetFor } from '../core/cost-model';
import { timeGradients } from '../render/timing/time-gradients';

// A dedicated worker's global scope; typed here because the project's lib is the DOM's.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<number>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (e) => {
  try {
    scope.postMessage({
      ok: true,
      timing: timeGradients(timingNetFor(e.data), () => performance.now()),
    });
  } catch {
    scope.postMessage({ ok: false });
  }
};
