/**
 * A small static server for a build folder, gzipping text responses as a production server
 * would (`vite preview` does not compress): the benchmark measures what a phone downloads.
 * Hashed assets are cached for a year, everything else revalidated; unknown paths get index.html.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/** The file a request path names inside `dir`, or null (outside it, or not a file). */
export function fileForPath(dir: string, urlPath: string): string | null {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '');
  const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(normalize(dir))) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export function serveStatic(dir: string, port: number, { gzip = true } = {}): Promise<StaticServer> {
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const file = fileForPath(dir, req.url ?? '/') ?? (extname(req.url ?? '') ? null : join(dir, 'index.html'));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': (req.url ?? '').startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    let body: Buffer = readFileSync(file);
    if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const key = `${file}:${statSync(file).mtimeMs}`;
      if (!cache.has(key)) cache.set(key, gzipSync(body));
      body = cache.get(key)!;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((done) => server.close(() => done())) }),
    ),
  );
}

// `npx tsx scripts/serve-static.ts <dir> [port]`: serve a build by hand.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const [dir = 'dist', port = '4300'] = process.argv.slice(2);
  void serveStatic(dir, Number(port)).then((s) => console.log(`serving ${dir} gzipped at ${s.url}`));
}
