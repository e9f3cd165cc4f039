import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nudgeText } from '../../../../src/render/kit/nudge';
import { parseNumber } from '../../../../src/render/kit/parse-number';

/** The oracle: n × 10^−scale written out plainly, from BigInt alone. */
function plain(n: bigint, scale: number): string {
  const neg = n < 0n;
  const digits = (neg ? -n : n).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const frac = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  return `${neg && n !== 0n ? '-' : ''}${int}${frac}`;
}

describe('nudgeText: one step added to the typed text, no digits lost', () => {
  it('the issue’s three failures', () => {
    expect(nudgeText('9007199254740993', '1', 1, false)).toBe('9007199254740994');
    expect(nudgeText('123456789012345', '1', 1, false)).toBe('123456789012346');
    expect(nudgeText('0.1234567890123', '1', 1, false)).toBe('1.1234567890123');
  });

  it('Shift adds ten steps', () => {
    expect(nudgeText('9007199254740993', '1', 1, true)).toBe('9007199254741003');
    expect(nudgeText('123456789012345', '1', -1, true)).toBe('123456789012335');
    expect(nudgeText('0.1234567890123', '0.5', -1, true)).toBe('-4.8765432109877');
  });

  it('steps without float noise and keeps the decimals the reader typed', () => {
    expect(nudgeText('0.1', '0.2', 1, false)).toBe('0.3');
    expect(nudgeText('1.1', '0.01', 1, false)).toBe('1.11');
    expect(nudgeText('1.11', '0.01', -1, false)).toBe('1.10');
    expect(nudgeText('1.1', '0.01', -1, true)).toBe('1.0');
    expect(nudgeText('2', '1', 1, false)).toBe('3');
    expect(nudgeText('2', '1', -1, true)).toBe('-8');
    expect(nudgeText('-0.5', '0.5', 1, false)).toBe('0.0');
    expect(nudgeText(' +7 ', '1', 1, false)).toBe('8');
  });

  it('reads exponent notation and answers in plain digits where they are short', () => {
    expect(nudgeText('1e3', '1', 1, false)).toBe('1001');
    expect(nudgeText('2.5e-7', '1', 1, false)).toBe('1.00000025');
    expect(nudgeText('-2.5E+2', '0.5', 1, false)).toBe('-249.5');
    expect(nudgeText('.5', '1', 1, false)).toBe('1.5');
    expect(nudgeText('5.', '1', 1, false)).toBe('6');
  });

  it('answers in exponent notation, still exact, where plain digits would be long', () => {
    expect(nudgeText('1e25', '1', 1, false)).toMatch(/^1\.0{24}1e25$/);
    expect(nudgeText('3e-12', '1e-12', 1, false)).toBe('4e-12');
    const big = nudgeText('1.5e300', '1', 1, false)!;
    expect(big).toMatch(/^1\.50{298}1e300$/);
    expect(parseNumber(big)).toEqual({ ok: true, value: 1.5e300 });
  });

  it('leaves text the parser refuses alone (undefined)', () => {
    for (const bad of ['', 'abc', '1,5', '0x10', '1e309', 'NaN', '−1', '1 2']) {
      expect(nudgeText(bad, '1', 1, false)).toBeUndefined();
    }
  });

  it('does not hang on an extreme exponent the parser accepts (falls back to floats)', () => {
    expect(nudgeText('1e-99999999', '1', 1, false)).toBe('1');
    // 300 places are still exact digits.
    expect(nudgeText('1e-300', '1', 1, false)).toMatch(/^1\.0{299}1$/);
  });

  it('property: integers of any length step exactly as BigInt does', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        fc.boolean(),
        (n, step, up, big) => {
          const k = BigInt(step) * (big ? 10n : 1n) * (up ? 1n : -1n);
          const out = nudgeText(n.toString(), String(step), up ? 1 : -1, big);
          const want = n + k;
          // Plain digits up to 21 integer digits, exponent notation beyond: compare exactly.
          expect(out && BigInt(out.includes('e') ? expand(out) : out)).toBe(want);
        },
      ),
    );
  });

  it('property: decimals (plain or exponent notation) step exactly, decimals kept', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (n, scale, stepScale, asExponent) => {
          const text = asExponent ? `${n}e-${scale}` : plain(n, scale);
          const s = Math.max(scale, stepScale);
          const step = plain(1n, stepScale); // 1, 0.1, 0.01, 0.001
          const want = n * 10n ** BigInt(s - scale) + 10n ** BigInt(s - stepScale);
          const out = nudgeText(text, step, 1, false)!;
          expect(toScaled(out, s)).toBe(want);
          // Never fewer decimals than the reader typed.
          expect((out.split('.')[1] ?? '').length).toBeGreaterThanOrEqual(scale);
        },
      ),
    );
  });
});

/** "d.ddde±k" → its integer digits (the test's own reading, from strings and BigInt). */
function expand(text: string): string {
  const [mant, exp] = text.split('e') as [string, string];
  const [int, frac = ''] = mant.split('.') as [string, string?];
  return int + frac.padEnd(Number(exp), '0');
}

/** A plain decimal text as an integer count of 10^−s. */
function toScaled(text: string, s: number): bigint {
  const [int, frac = ''] = text.split('.') as [string, string?];
  const neg = int.startsWith('-');
  const v = BigInt((neg ? int.slice(1) : int) + frac.padEnd(s, '0'));
  return neg ? -v : v;
}
