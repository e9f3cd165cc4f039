// Every text token passes WCAG AA (4.5:1) against the page and surface backgrounds, in both
// themes, and the token names the cell kit and chapters rely on all exist.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/styles/tokens.css', 'utf8');
const block = (selector: string): Record<string, string> => {
  const start = css.indexOf(selector);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/--bp-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]),
  );
};

/** WCAG 2 relative luminance of #rrggbb. */
const luminance = (hex: string): number => {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const TEXT = ['fg', 'muted', 'accent', 'link', 'error', 'forward', 'backward'];
const REQUIRED = [
  'bg',
  'fg',
  'muted',
  'surface',
  'border',
  'accent',
  'link',
  'focus',
  'error',
  'forward',
  'backward',
  'highlight',
  'font-body',
  'font-mono',
];

it('contrast() matches WCAG reference values', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
});

it('defines every required token', () => {
  for (const name of REQUIRED) expect(css).toContain(`--bp-${name}:`);
});

for (const [theme, selector] of [
  ['light', ':root {'],
  ['dark', "html[data-theme='dark'] {"],
] as const) {
  describe(`${theme} theme`, () => {
    const t = block(selector);
    for (const name of TEXT) {
      it(`--bp-${name} is AA on --bp-bg and --bp-surface`, () => {
        expect(contrast(t[name]!, t['bg']!)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(t[name]!, t['surface']!)).toBeGreaterThanOrEqual(4.5);
      });
    }
    it('--bp-focus is visible (3:1) against the page', () => {
      expect(contrast(t['focus']!, t['bg']!)).toBeGreaterThanOrEqual(3);
    });
  });
}
