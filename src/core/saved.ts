/**
 * What `forward` saved for `backward`, or a clear error when `backward` comes first:
 * a gradient needs the values of the forward pass it belongs to.
 */
export function saved<T>(value: T | undefined, layer: string): T {
  if (value === undefined) throw new Error(`${layer}.backward called before forward`);
  return value;
}
