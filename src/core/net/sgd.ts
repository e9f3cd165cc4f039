import type { Matrix } from '../matrix';
import { PARAM_NAMES, type NetworkParams } from '../random-network';

export interface SgdSettings {
  learningRate: number;
  /** How much of the last step's velocity carries over, 0 ≤ momentum < 1; 0 is plain SGD. */
  momentum?: number;
}

/** Momentum's memory: the last step's velocity for each parameter, none before the first step. */
export interface SgdState {
  velocity: NetworkParams | undefined;
}

/**
 * One step downhill. Plain SGD: p ← p − η·g. With momentum μ: v ← μ·v − η·g, then p ← p + v.
 * Every matrix is new; the given params, grads and state are left as they were.
 */
export function sgdStep(
  params: NetworkParams,
  grads: NetworkParams,
  settings: SgdSettings,
  state: SgdState = { velocity: undefined },
): { params: NetworkParams; state: SgdState } {
  const { learningRate: eta, momentum: mu = 0 } = settings;
  const each = (f: (name: (typeof PARAM_NAMES)[number]) => Matrix): NetworkParams => ({
    W1: f('W1'),
    b1: f('b1'),
    W2: f('W2'),
    b2: f('b2'),
  });
  if (mu === 0) {
    return {
      params: each((k) => params[k].sub(grads[k].scale(eta))),
      state: { velocity: undefined },
    };
  }
  const old = state.velocity;
  const velocity = each((k) => {
    const push = grads[k].scale(-eta);
    return old ? old[k].scale(mu).add(push) : push;
  });
  return { params: each((k) => params[k].add(velocity[k])), state: { velocity } };
}
