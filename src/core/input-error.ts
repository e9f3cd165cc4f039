/**
 * A problem with what the reader entered, found while computing (a shape mismatch,
 * a label out of range). `field` names the input the message belongs beside.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
