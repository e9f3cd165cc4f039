/**
 * Runs a callback once an element comes near the viewport: within one screen above
 * or below it, so that on a fling the code has usually arrived before the element shows. One
 * observer serves the whole page; without IntersectionObserver the callback runs at once.
 */
const NEAR = '100% 0px';

const waiting = new Map<Element, Array<() => void>>();
let observer: IntersectionObserver | undefined;

function run(el: Element): void {
  const callbacks = waiting.get(el);
  waiting.delete(el);
  observer?.unobserve(el);
  for (const callback of callbacks ?? []) callback();
}

/** Calls `then` (once) when `el` is near the viewport; `el` stays observed until then. */
export function whenNear(el: Element, then: () => void): void {
  if (typeof IntersectionObserver === 'undefined') return then();
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) run(entry.target);
    },
    { rootMargin: NEAR },
  );
  const callbacks = waiting.get(el);
  if (callbacks) callbacks.push(then);
  else {
    waiting.set(el, [then]);
    observer.observe(el);
  }
}

/** Runs what waits on `el` now (a link names it; it is about to be needed). */
export function nearNow(el: Element): void {
  if (waiting.has(el)) run(el);
}
