/**
 * Chapter 1's number that depends on a cell's default: the parameter count the cost cell starts
 * at, read from the cell's field so the prose follows the default.
 */
import gradientCost from '../../render/cells/gradient-cost';

export function whyBackpropagation() {
  const field = gradientCost.fields.find((f) => f.name === 'parameters');
  if (field?.kind !== 'scalar') throw new Error('gradient-cost has no scalar field "parameters"');
  return {
    /** The count as the prose writes large numbers: 39,760. */
    startParameters: field.initial.toLocaleString('en-US'),
  };
}
