/**
 * ↑/↓ in a number box: the typed text plus one step (Shift: ten), computed on the digits
 * (decimal-text.ts), so nothing the reader typed is lost or rounded away.
 */
import { addDecimal, plainDecimals, readDecimal, scaleDecimal, writeDecimal } from './decimal-text';
import { parseNumber } from './parse-number';

/** Beyond this many decimal places (e.g. `1e-99999999`), exact digits would take too long. */
const MAX_EXACT_SCALE = 1000;

/**
 * The text after a nudge of `direction` steps of `step` (ten with `big`), or undefined when the
 * text is not a number the kit accepts (then the box is left as it is).
 */
export function nudgeText(
  text: string,
  step: string,
  direction: 1 | -1,
  big: boolean,
): string | undefined {
  const parsed = parseNumber(text);
  const value = readDecimal(text);
  const by = readDecimal(step) ?? { coef: 1n, scale: 0 };
  if (!parsed.ok || !value) return undefined;
  const steps = BigInt(direction * (big ? 10 : 1));
  if (Math.abs(value.scale) > MAX_EXACT_SCALE || Math.abs(by.scale) > MAX_EXACT_SCALE) {
    // Only floats are left: the tiny or huge part is past what a float holds anyway.
    const next = parsed.value + Number(steps) * Number(step);
    return Number.isFinite(next) ? String(next) : undefined;
  }
  return writeDecimal(addDecimal(value, scaleDecimal(by, steps)), plainDecimals(value));
}
