/** A row of numbers as a reader writes it, `[1.5, -2, 0.3]` (notation, not words: never translated). */
import { n } from './words';

export const rowText = (values: readonly number[]): string => `[${values.map(n).join(', ')}]`;
