/**
 * Exact decimal arithmetic on typed numbers: a text such as `-2.5e-7` is read as an integer
 * coefficient (BigInt) and a scale, value = coefficient × 10^−scale, so adding a step loses no
 * digit, however long the text. Floats would round 9007199254740993 to …992.
 */

export interface Decimal {
  readonly coef: bigint;
  /** Decimal places: value = coef × 10^−scale (negative for `1e3`: coef 1, scale −3). */
  readonly scale: number;
}

const GRAMMAR = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Reads a decimal text (the grammar of parse-number.ts); undefined for anything else. */
export function readDecimal(text: string): Decimal | undefined {
  const m = GRAMMAR.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const [, sign, int = '', frac = '', exp = '0'] = m;
  const digits = BigInt(`${int}${frac}` || '0');
  return { coef: sign === '-' ? -digits : digits, scale: frac.length - Number(exp) };
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** a + b, exactly, at the finer of the two scales. */
export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return {
    coef: a.coef * pow10(scale - a.scale) + b.coef * pow10(scale - b.scale),
    scale,
  };
}

/** k × d, exactly. */
export const scaleDecimal = (d: Decimal, k: bigint): Decimal => ({
  coef: d.coef * k,
  scale: d.scale,
});

/**
 * The decimal as text: plain digits while the number is between 1e−7 and 1e21 in size (as
 * JavaScript writes numbers), else `d.ddde±k`; all digits kept either way. Plain text keeps at
 * least `minDecimals` places (so 1.11 − 0.01 reads 1.10, as typed), trailing zeros beyond dropped.
 */
export function writeDecimal(d: Decimal, minDecimals = 0): string {
  let { coef, scale } = d;
  const keep = Math.max(0, minDecimals);
  while (scale > keep && coef % 10n === 0n) {
    coef /= 10n;
    scale--;
  }
  if (coef === 0n) return keep > 0 ? `0.${'0'.repeat(keep)}` : '0';
  const sign = coef < 0n ? '-' : '';
  const digits = (coef < 0n ? -coef : coef).toString();
  const magnitude = digits.length - 1 - scale;
  if (magnitude >= 21 || magnitude < -7) {
    const mantissa = digits.replace(/0+$/, '');
    const frac = mantissa.slice(1);
    return `${sign}${mantissa[0]}${frac ? `.${frac}` : ''}e${magnitude}`;
  }
  if (scale <= 0) return sign + digits + '0'.repeat(-scale);
  const padded = digits.padStart(scale + 1, '0');
  return `${sign}${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
}

/** Places after the point when the text is written out plainly (`2.5e-7` has 8, `1e3` none). */
export const plainDecimals = (d: Decimal): number => Math.max(0, d.scale);
