// Reads the chapters' MDX sources of both editions for the translation tests: the prose a reader
// reads (code, math, JSX and imports removed), the math, the headings with their id marks, and the
// cells and exercises in order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Edition = 'en' | 'ko';

const dir = (edition: Edition): string => join(process.cwd(), 'content', 'chapters', edition);

/** The slugs of an edition's chapter files. */
export const slugs = (edition: Edition): string[] =>
  readdirSync(dir(edition))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();

export const source = (edition: Edition, slug: string): string =>
  readFileSync(join(dir(edition), `${slug}.mdx`), 'utf8');

/** A frontmatter field's raw value (one line). */
export function field(src: string, key: string): string | undefined {
  const head = /^---\n([\s\S]*?)\n---/.exec(src)?.[1] ?? '';
  return new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(head)?.[1]?.trim();
}

const body = (src: string): string => src.replace(/^---\n[\s\S]*?\n---\n/, '');

/** Display and inline math, in order. */
export function math(src: string): string[] {
  const text = body(src)
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '');
  const out: string[] = [];
  const rest = text.replace(/\$\$([\s\S]+?)\$\$/g, (_, m: string) => (out.push(m), ' '));
  for (const m of rest.matchAll(/(?<![\\$])\$([^$\n]+?)\$/g)) out.push(m[1]!);
  return out;
}

/** The prose a reader reads: no code, math, JSX tags, expressions, imports, link targets. */
export function prose(src: string): string {
  return body(src)
    .replace(/^(import|export) .*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\$\$[\s\S]+?\$\$/g, ' ')
    .replace(/(?<![\\$])\$[^$\n]+?\$/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[A-Za-z][^<>]*?\/?>|<\/[A-Za-z][^>]*>/gs, ' ')
    .replace(/\{[^{}\n]*\}/g, ' ')
    .replace(/\]\([^)\s]*\)/g, '] ')
    .replace(/\s+/g, ' ');
}

/** `##`/`###` headings: their depth and the id their mark names. */
export function headings(src: string): { depth: number; id: string | undefined }[] {
  return [...body(src).matchAll(/^(#{2,3}) (.*)$/gm)].map((m) => ({
    depth: m[1]!.length,
    id: /\{\/\*\s*#([a-z0-9-]+)\s*\*\/\}\s*$/.exec(m[2]!)?.[1],
  }));
}

/** Each component used in the body, with its `spec` and `id`, in order: the cells, figures and exercises. */
export function components(src: string): string[] {
  return [...body(src).matchAll(/<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/gs)]
    .filter((m) => m[1] !== 'Fragment')
    .map((m) => {
      const attr = (k: string) => new RegExp(`\\b${k}=(\\{[^}]*\\}|"[^"]*")`).exec(m[2]!)?.[1];
      return [m[1], attr('spec'), attr('id'), attr('path')].filter(Boolean).join(' ');
    });
}

/** Letters only: Hangul syllables and jamo, and Latin letters. */
export function letters(text: string): { hangul: number; latin: number } {
  return {
    hangul: (text.match(/[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/g) ?? []).length,
    latin: (text.match(/[A-Za-z]/g) ?? []).length,
  };
}

export const HANGUL = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/;
