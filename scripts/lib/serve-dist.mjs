// The one way we serve a build: a small static server on node:http, used by the Playwright
// tests, `npm run preview`, the budget, the benchmarks and the PDF printer. It behaves like a
// static host: `dir/` serves `dir/index.html`, `dir` redirects to `dir/`, a missing page gets
// `404.html` (when the build has one) with status 404, and text (HTML, CSS, JS, SVG, JSON…) is
// gzipped when the client accepts it, as every real host does (measuring an uncompressed server
// overstates transfer about tenfold on math-heavy pages).
//
//   import { serveDist } from './lib/serve-dist.mjs';
//   const server = await serveDist({ dir: 'dist' });   // a free port on 127.0.0.1
//   … fetch(`${server.origin}/book/`) …
//   await server.close();
//
// From the command line (foreground, until killed):
//   node scripts/lib/serve-dist.mjs [dir=dist] [--port 4321] [--host 127.0.0.1] [--no-gzip]
//                                   [--base /backprop-by-hand/] [--csp-header]
//
// `base` serves a build made with BP_BASE under that path, as a host serving it from a sub-path
// would: `/backprop-by-hand/x` is `dir/x`, and everything outside the base is a 404.
//
// `--csp-header` (`cspHeader` in code) sends the book's Content-Security-Policy as an HTTP header
// with every response, as the README asks of hosts that can (the same policy as `dir/_headers`,
// from scripts/lib/csp.mjs): the pages' meta policy still applies beside it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { siteHeaderPolicy } from './csp-site.mjs';

/** Content types; those marked `true` are text and worth compressing. */
const TYPES = {
  '.html': ['text/html; charset=utf-8', true],
  '.css': ['text/css; charset=utf-8', true],
  '.js': ['text/javascript; charset=utf-8', true],
  '.mjs': ['text/javascript; charset=utf-8', true],
  '.json': ['application/json; charset=utf-8', true],
  '.map': ['application/json; charset=utf-8', true],
  '.webmanifest': ['application/manifest+json; charset=utf-8', true],
  '.xml': ['application/xml; charset=utf-8', true],
  '.txt': ['text/plain; charset=utf-8', true],
  '.svg': ['image/svg+xml', true],
  '.ico': ['image/x-icon', false],
  '.png': ['image/png', false],
  '.jpg': ['image/jpeg', false],
  '.jpeg': ['image/jpeg', false],
  '.gif': ['image/gif', false],
  '.webp': ['image/webp', false],
  '.avif': ['image/avif', false],
  '.woff2': ['font/woff2', false],
  '.woff': ['font/woff', false],
  '.ttf': ['font/ttf', false],
  '.pdf': ['application/pdf', false],
  '.wasm': ['application/wasm', false],
};

/** @param {string | undefined} header */
function acceptsGzip(header) {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    return q === undefined || Number(q) > 0;
  });
}

/** @param {string} path */
const isFile = async (path) => (await stat(path).catch(() => undefined))?.isFile() ?? false;

/**
 * The 404 page nearest a missing file, as many static hosts pick it: `ko/x/y` gets `ko/404.html`
 * (the Korean edition's), anything else the root's `404.html`; undefined when the build has none.
 */
async function nearestNotFound(root, missing) {
  for (let dir = dirname(missing); ; dir = dirname(dir)) {
    const page = join(root, dir === '.' ? '' : dir, '404.html');
    if (await isFile(page)) return page;
    if (dir === '.' || dir === '/' || dir === '') return undefined;
  }
}
/** @param {string} path */
const isDir = async (path) => (await stat(path).catch(() => undefined))?.isDirectory() ?? false;

/**
 * Serves `dir` until `close()` is called.
 * @param {{ dir?: string, port?: number, host?: string, gzip?: boolean, base?: string,
 *   cspHeader?: string }} [options]
 *   port 0 (the default) picks a free port; gzip is on by default; base is the path `dir` is
 *   served under, `/` by default; cspHeader, when given, is sent as the Content-Security-Policy
 *   header of every response (`siteHeaderPolicy(dir)` is the book's)
 * @returns {Promise<{ origin: string, port: number, close: () => Promise<void> }>}
 */
export async function serveDist({
  dir = 'dist',
  port = 0,
  host = '127.0.0.1',
  gzip = true,
  base = '/',
  cspHeader,
} = {}) {
  const root = resolve(dir);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  /** gzipped bodies by path, kept while the file's mtime is unchanged */
  const gzipped = new Map();

  /** @param {string} path */
  async function body(path, compress) {
    const raw = await readFile(path);
    if (!compress) return raw;
    const { mtimeMs } = await stat(path);
    const hit = gzipped.get(path);
    if (hit?.mtimeMs === mtimeMs) return hit.body;
    const packed = gzipSync(raw, { level: 9 });
    gzipped.set(path, { mtimeMs, body: packed });
    return packed;
  }

  const server = createServer(async (req, res) => {
    if (cspHeader) res.setHeader('content-security-policy', cspHeader);
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === prefix.slice(0, -1) && prefix !== '/') {
        res.writeHead(301, { location: `${prefix}${url.search}` }).end();
        return;
      }
      let pathname;
      try {
        pathname = url.pathname.startsWith(prefix)
          ? decodeURIComponent(url.pathname.slice(prefix.length - 1))
          : undefined;
      } catch {
        res.writeHead(400).end();
        return;
      }
      if (pathname === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      let path = resolve(root, '.' + pathname);
      if (path !== root && !path.startsWith(root + sep)) {
        res.writeHead(404).end();
        return;
      }
      let status = 200;
      if (await isDir(path)) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        path = join(path, 'index.html');
      }
      if (!(await isFile(path))) {
        status = 404;
        path = await nearestNotFound(root, relative(root, path));
        if (!path) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
          return;
        }
      }
      const [type, text] = TYPES[extname(path).toLowerCase()] ?? ['application/octet-stream'];
      const compress = Boolean(gzip && text && acceptsGzip(req.headers['accept-encoding']));
      const data = await body(path, compress);
      res.writeHead(status, {
        'content-type': type,
        'content-length': data.length,
        ...(text ? { vary: 'Accept-Encoding' } : {}),
        ...(compress ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(undefined));
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`,
    port: actual,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      'no-gzip': { type: 'boolean', default: false },
      base: { type: 'string', default: '/' },
      'csp-header': { type: 'boolean', default: false },
    },
  });
  const dir = positionals[0] ?? 'dist';
  if (!(await isFile(join(dir, 'index.html')))) {
    console.error(`${dir}/index.html is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const server = await serveDist({
    dir,
    port: Number(values.port),
    host: values.host,
    gzip: !values['no-gzip'],
    base: values.base,
    ...(values['csp-header'] ? { cspHeader: siteHeaderPolicy(dir) } : {}),
  });
  const at = `${server.origin}/${values.base.replace(/^\/+/, '')}`.replace(/\/*$/, '/');
  console.log(
    `Serving ${dir}/ at ${at} (gzip ${values['no-gzip'] ? 'off' : 'on'}` +
      `${values['csp-header'] ? ', CSP header on' : ''})`,
  );
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => server.close().then(() => process.exit(0)));
  }
}
