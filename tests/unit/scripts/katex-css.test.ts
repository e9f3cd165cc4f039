import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { classesIn, katexRules, pruneKatexCss } from '../../../scripts/lib/katex-css.mjs';
import { pruneKatexInPage } from '../../../scripts/lib/katex-css-integration.mjs';

const katexCss = readFileSync(
  createRequire(import.meta.url).resolve('katex/dist/katex.min.css'),
  'utf8',
);
const faces = (css: string): string[] =>
  [...css.matchAll(/@font-face\{[^}]*font-family:(KaTeX_[\w-]+)/g)].map((m) => m[1]!);

describe('classesIn', () => {
  it('collects every class of every class attribute, once', () => {
    const html = '<p class="a  b"><span class="b c-d">x</span><i class="">y</i></p>';
    expect([...classesIn(html)].sort()).toEqual(['a', 'b', 'c-d']);
  });
});

describe('pruneKatexCss', () => {
  it("keeps a formula's rules and fonts and drops the rest (x² typeset by KaTeX itself)", () => {
    const html = katex.renderToString('x^2 + \\mathbb{R}', { output: 'htmlAndMathml' });
    const { css, removedRules, removedFaces } = pruneKatexCss(katexCss, classesIn(html));
    expect(css).toContain('.katex .mathnormal{');
    expect(css).toContain('.katex .vlist-t{');
    // \mathbb is AMS; no Fraktur, Script or Typewriter anywhere in the formula
    expect(faces(css)).toEqual(expect.arrayContaining(['KaTeX_Main', 'KaTeX_Math', 'KaTeX_AMS']));
    expect(faces(css)).not.toContain('KaTeX_Fraktur');
    expect(faces(css)).not.toContain('KaTeX_Typewriter');
    expect(removedRules).toBeGreaterThan(100);
    expect(removedFaces).toBeGreaterThan(5);
    expect(css.length).toBeLessThan(katexCss.length / 2);
  });

  it('keeps only the woff2 source of a font it keeps', () => {
    const { css } = pruneKatexCss(katexCss, classesIn('<span class="katex">x</span>'));
    const main = css.match(
      /@font-face\{[^}]*KaTeX_Main[^}]*font-style:normal;font-weight:400[^}]*\}/,
    );
    expect(main?.[0]).toMatch(/url\([^)]*\.woff2\) format\("woff2"\)/);
    expect(css).not.toMatch(/\.ttf\)|\.woff\)/);
  });

  it('cuts a selector list to the selectors whose classes are all present', () => {
    const rule = '.katex .fbox,.katex .fcolorbox{box-sizing:border-box}';
    const katexSet = katexRules(rule);
    expect(pruneKatexCss(rule, new Set(['katex', 'fbox']), katexSet).css).toBe(
      '.katex .fbox{box-sizing:border-box}',
    );
    expect(pruneKatexCss(rule, new Set(['katex']), katexSet).css).toBe('');
  });

  it('reads a class inside :not() as one that may be absent', () => {
    const rule = '.katex .accent>.vlist-t .accent-body:not(.accent-full){width:0}';
    const present = new Set(['katex', 'accent', 'vlist-t', 'accent-body']);
    expect(pruneKatexCss(rule, present, katexRules(rule)).css).toBe(rule);
  });

  it("never touches the book's own rules, whose classes scripts may add later", () => {
    const ours = '.bp-cell.is-stale .katex{opacity:.6}.katex .mfrac{color:red}';
    const { css } = pruneKatexCss(ours, new Set(['katex']), katexRules('.katex .mfrac{x:y}'));
    expect(css).toBe('.bp-cell.is-stale .katex{opacity:.6}');
  });
});

describe('pruneKatexInPage', () => {
  it('prunes every <style> of a page and leaves the rest of the HTML as it was', () => {
    const body = '<body><span class="katex">x</span></body>';
    const html = `<head><style>${katexCss}</style><style media="print">.x{a:b}</style></head>${body}`;
    const out = pruneKatexInPage(html);
    expect(out.endsWith(`<style media="print">.x{a:b}</style></head>${body}`)).toBe(true);
    expect(out.length).toBeLessThan(html.length / 2);
  });
});
