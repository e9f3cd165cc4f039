// Reads what a chapter's MDX source states, so a test can hold the prose to the code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The MDX source of content/chapters/en/<slug>.mdx, with line breaks folded to spaces. */
export function chapterSource(slug: string): string {
  const file = join(process.cwd(), 'content', 'chapters', 'en', `${slug}.mdx`);
  return readFileSync(file, 'utf8').replace(/\s*\n\s*/g, ' ');
}

/** A number as the prose writes it: "50,000", "50{,}000", "1.00040004", "−3". */
export function num(text: string): number {
  const n = Number(text.replace(/\{,\}|,/g, '').replace('−', '-'));
  if (!Number.isFinite(n)) throw new Error(`not a number in the prose: "${text}"`);
  return n;
}

/**
 * The numbers captured by `pattern`'s groups in `source`. Throws when the sentence is gone, so a
 * rewritten paragraph fails loudly instead of silently checking nothing.
 */
export function stated(source: string, pattern: RegExp): number[] {
  const m = pattern.exec(source);
  if (!m) throw new Error(`the chapter no longer states ${pattern}`);
  return m.slice(1).map((g) => num(g ?? ''));
}

/** Every product the prose writes as `$a \times b = c$`, in order. */
export function statedProducts(source: string): { a: number; b: number; c: number }[] {
  const product = /(-?[\d.,{}]+) \\times (-?[\d.,{}]+) = (-?[\d.,{}]+)/g;
  return [...source.matchAll(product)].map(([, a, b, c]) => ({
    a: num(a!),
    b: num(b!),
    c: num(c!),
  }));
}

/** The TeX source of a build-time KaTeX render (its MathML annotation), for reading its numbers. */
export function texOf(html: string): string {
  const m = /<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/.exec(html);
  if (!m) throw new Error('not KaTeX HTML: no TeX annotation');
  return m[1]!
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

/** Every KaTeX render in a prose-values object (nested), as TeX. */
export function allTex(values: unknown): string[] {
  if (typeof values === 'string') return values.includes('class="katex') ? [texOf(values)] : [];
  if (values && typeof values === 'object') return Object.values(values).flatMap(allTex);
  return [];
}
