import type { Matrix } from './matrix';
import { numericalGradient } from './numerical-gradient';
import { relativeError } from './relative-error';

/** How one parameter's backprop gradient compares with central differences. */
export interface ParameterCheck {
  readonly name: string;
  readonly analytic: Matrix;
  readonly numerical: Matrix;
  /** ‖analytic − numerical‖ / (‖analytic‖ + ‖numerical‖); 0 when both are all zeros. */
  readonly relativeError: number;
}

export interface GradientCheckReport {
  readonly parameters: readonly ParameterCheck[];
  /** The largest relative error over all parameters. */
  readonly maxRelativeError: number;
}

/**
 * Checks backprop gradients against central differences, parameter by parameter.
 *
 * @param lossAt - the scalar loss for a full set of parameter values (must not depend on
 *   anything else that changes between calls)
 * @param params - the point to check at, by name, e.g. `{ W, b, x }`
 * @param analytic - the gradients backprop found at that point, with the same names
 * @param h - the nudge for central differences
 */
export function gradientCheck(
  lossAt: (params: Readonly<Record<string, Matrix>>) => number,
  params: Readonly<Record<string, Matrix>>,
  analytic: Readonly<Record<string, Matrix>>,
  h = 1e-5,
): GradientCheckReport {
  const parameters = Object.entries(params).map(([name, value]): ParameterCheck => {
    const grad = analytic[name];
    if (grad === undefined) throw new Error(`gradientCheck: no analytic gradient for ${name}`);
    const numerical = numericalGradient((p) => lossAt({ ...params, [name]: p }), value, h);
    return { name, analytic: grad, numerical, relativeError: relativeError(grad, numerical) };
  });
  const maxRelativeError = Math.max(0, ...parameters.map((p) => p.relativeError));
  return { parameters, maxRelativeError };
}
