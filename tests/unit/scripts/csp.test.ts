import { describe, expect, it } from 'vitest';
import {
  cspPolicy,
  inlineScripts,
  scriptHash,
  securePage,
  withCspMeta,
} from '../../../scripts/lib/csp.mjs';
import { headersFile } from '../../../scripts/lib/csp-site.mjs';

/** The directives of a policy by name, each with its sources. */
const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
const metaContent = (html: string): string[] =>
  [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)].map(
    (m) => m[1]!,
  );

describe('scriptHash', () => {
  it('is the base64 sha256 of the text, quoted as a CSP source (known SHA-256 vectors)', () => {
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(scriptHash('abc')).toBe("'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
  });
  it('hashes the text as the browser parses it: CR LF and lone CR become LF', () => {
    expect(scriptHash('a\r\nb\rc')).toBe(scriptHash('a\nb\nc'));
    expect(scriptHash('a\nb')).not.toBe(scriptHash('a b'));
  });
  it('hashes UTF-8, not UTF-16', () => {
    // `printf '\xc3\xa9' | openssl dgst -sha256 -binary | base64`: the UTF-8 bytes of "é"
    expect(scriptHash('é')).toBe("'sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw='");
  });
});

describe('inlineScripts', () => {
  it('finds none on a page without inline scripts (files with src are allowed by self)', () => {
    const page = '<html><head><script type="module" src="/_astro/a.js"></script></head></html>';
    expect(inlineScripts(page)).toEqual([]);
    expect(inlineScripts('<p>no scripts</p>')).toEqual([]);
  });
  it('finds every inline script in order, classic, module and JSON alike, exactly as written', () => {
    const page = [
      '<head><script>\n  var t = 1;\n</script>',
      '<script type="module">const a=1</script>',
      '<script data-src="x.js" type="application/ld+json">{"a":1}</script>',
      '<SCRIPT>upper()</SCRIPT ></head>',
    ].join('');
    expect(inlineScripts(page)).toEqual(['\n  var t = 1;\n', 'const a=1', '{"a":1}', 'upper()']);
  });
  it('skips scripts inside comments and those with a src attribute however written', () => {
    const page =
      '<!-- <script>old()</script> --><script src=/a.js></script><script\nsrc="/b.js"></script><script async src></script><script>kept()</script>';
    expect(inlineScripts(page)).toEqual(['kept()']);
  });
  it('keeps an empty inline script (its hash is the empty string’s)', () => {
    expect(inlineScripts('<script></script>')).toEqual(['']);
  });
});

describe('cspPolicy', () => {
  it('gives the meta policy: self by default, hashed scripts, inline styles, no plugins', () => {
    const d = directives(cspPolicy({ hashes: ["'sha256-A='", "'sha256-B='"] }));
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual([
      "'self'",
      "'sha256-A='",
      "'sha256-B='",
      "'wasm-unsafe-eval'",
    ]);
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    // Fonts only from our own files: the build inlines none as a data: URL.
    expect(d.get('font-src')).toEqual(["'self'"]);
    for (const name of ['img-src', 'connect-src', 'worker-src', 'form-action'])
      expect(d.get(name), name).toEqual(["'self'"]);
    // Ignored in a meta element (browsers warn), so absent from it.
    expect(d.has('frame-ancestors')).toBe(false);
  });
  it('never allows inline scripts or eval, and keeps scripts to self with no hashes', () => {
    for (const mode of ['meta', 'header'] as const) {
      const policy = cspPolicy({ mode });
      expect(policy).not.toMatch(/'unsafe-inline'[^;]*;[^;]*style-src|'unsafe-eval'/);
      expect(directives(policy).get('script-src')?.[0]).toBe("'self'");
      expect(directives(policy).get('script-src')).not.toContain("'unsafe-inline'");
    }
    expect(directives(cspPolicy()).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
  it('drops duplicate hashes and keeps their order', () => {
    const d = directives(cspPolicy({ hashes: ["'sha256-B='", "'sha256-A='", "'sha256-B='"] }));
    expect(d.get('script-src')).toEqual([
      "'self'",
      "'sha256-B='",
      "'sha256-A='",
      "'wasm-unsafe-eval'",
    ]);
  });
  it('allows WebAssembly in both (Pagefind: in its worker, or on the page when that is slow)', () => {
    for (const mode of ['meta', 'header'] as const)
      expect(directives(cspPolicy({ mode })).get('script-src')).toContain("'wasm-unsafe-eval'");
  });
  it('adds frame-ancestors to the header only, and is otherwise the same policy', () => {
    const meta = directives(cspPolicy({ hashes: ["'sha256-A='"], mode: 'meta' }));
    const header = directives(cspPolicy({ hashes: ["'sha256-A='"], mode: 'header' }));
    expect(header.get('script-src')).toEqual(["'self'", "'sha256-A='", "'wasm-unsafe-eval'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect([...header.keys()].filter((name) => !meta.has(name))).toEqual(['frame-ancestors']);
    for (const [name, sources] of meta) expect(header.get(name), name).toEqual(sources);
  });
  it('writes the header policy for every path of a _headers file', () => {
    const policy = cspPolicy({ mode: 'header' });
    expect(headersFile(policy)).toMatch(
      new RegExp(`^/\\*\\n  Content-Security-Policy: ${policy.replace(/[*'()]/g, '\\$&')}$`, 'm'),
    );
  });
});

describe('withCspMeta and securePage', () => {
  const page = (head: string, body = ''): string =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

  it('puts the meta right after <meta charset>, before anything else in <head>', () => {
    const html = withCspMeta(page('<script>x()</script>'), "default-src 'self'");
    expect(html).toContain(
      `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>`,
    );
  });
  it('puts it first in <head> when there is no charset, and in front of a page with no <head>', () => {
    expect(withCspMeta('<html><head data-x="1"><title>t</title></head></html>', 'p')).toBe(
      '<html><head data-x="1"><meta http-equiv="Content-Security-Policy" content="p"><title>t</title></head></html>',
    );
    expect(withCspMeta('<p>bare</p>', 'p')).toBe(
      '<meta http-equiv="Content-Security-Policy" content="p"><p>bare</p>',
    );
  });
  it('replaces a policy already there: a page processed twice has one, the new one', () => {
    const once = withCspMeta(page(''), 'old');
    const twice = withCspMeta(once, 'new');
    expect(metaContent(twice)).toEqual(['new']);
    expect(securePage(securePage(page('<script>a()</script>')).html).html).toBe(
      securePage(page('<script>a()</script>')).html,
    );
  });
  it('gives a page without inline scripts script-src self only', () => {
    const { html, hashes } = securePage(page('<script type="module" src="/_astro/a.js"></script>'));
    expect(hashes).toEqual([]);
    expect(directives(metaContent(html)[0]!).get('script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
    ]);
  });
  it('gives a page with several inline scripts the hash of each, in its own meta', () => {
    const { html, hashes } = securePage(
      page(
        '<script>\n theme();\n</script><script>print()</script>',
        '<script type="module">m()</script>',
      ),
    );
    const expected = [scriptHash('\n theme();\n'), scriptHash('print()'), scriptHash('m()')];
    expect(hashes).toEqual(expected);
    expect(metaContent(html)).toHaveLength(1);
    expect(directives(metaContent(html)[0]!).get('script-src')).toEqual([
      "'self'",
      ...expected,
      "'wasm-unsafe-eval'",
    ]);
  });
  it('hashes a script repeated on the page once', () => {
    const { hashes } = securePage(page('<script>a()</script>', '<script>a()</script>'));
    expect(hashes).toEqual([scriptHash('a()')]);
  });
});
