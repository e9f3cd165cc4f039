/**
 * Display formatting for numbers. A stand-in with the names the core library will export
 * (`formatNumber`, `exactNumber`); swap this file's body for a re-export once it lands.
 */

/** For reading: six significant digits, float noise dropped (3.3000000000000003 → "3.3"). */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (Object.is(x, -0) || x === 0) return '0';
  const rounded = Number(x.toPrecision(6));
  const abs = Math.abs(rounded);
  const text = abs !== 0 && (abs < 1e-4 || abs >= 1e9) ? rounded.toExponential() : String(rounded);
  return text.replace('-', '−');
}

/** Every digit the float holds, in a form `Number()` reads back exactly. */
export function exactNumber(x: number): string {
  return String(x);
}
