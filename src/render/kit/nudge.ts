/** The value after an ↑/↓ nudge, without float noise (0.1 + 0.2 shows as 0.3). */
export function nudge(value: number, step: number, direction: 1 | -1, big: boolean): number {
  const next = value + direction * step * (big ? 10 : 1);
  return Number(next.toPrecision(12));
}
