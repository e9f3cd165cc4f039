/**
 * Chapter 7's whole-network gradient check, off the main thread: central differences over all
 * 760 parameters, repeated for the timing, would otherwise hold up scrolling and typing.
 * Receives the "break it" choice, posts back the `CheckRun` (plain data).
 */
import { runCheck, type BugChoice } from '../render/capstone/run-check';

// A dedicated worker's global scope; typed here because the project's lib is the DOM's.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<BugChoice>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (e) => {
  try {
    scope.postMessage({ ok: true, bug: e.data, run: runCheck(e.data, () => performance.now()) });
  } catch {
    scope.postMessage({ ok: false, bug: e.data });
  }
};
