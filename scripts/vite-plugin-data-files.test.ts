import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { serveDataFiles } from './vite-plugin-data-files';

type Middleware = (
  req: { url?: string; headers: Record<string, string> },
  res: Writable & { setHeader: (k: string, v: string) => unknown; statusCode: number },
  next: () => void,
) => void;

/** The plugin's development middleware, as Vite would install it. */
function middleware(): Middleware {
  let installed: Middleware | undefined;
  const plugin = serveDataFiles(fileURLToPath(new URL('../data', import.meta.url)));
  const hook = plugin.configureServer as unknown as (server: { middlewares: { use: (m: Middleware) => void } }) => void;
  hook({ middlewares: { use: (m) => (installed = m) } });
  if (!installed) throw new Error('no middleware installed');
  return installed;
}

/** Runs one request: 'next' when the middleware passes it on, else the body and headers it wrote. */
function request(url: string, headers: Record<string, string> = {}): Promise<'next' | { type?: string; body: string; status?: unknown }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const headersOut: Record<string, string> = {};
    const res = Object.assign(
      new Writable({
        write(chunk, _enc, done) {
          chunks.push(Buffer.from(chunk));
          done();
        },
      }),
      { setHeader: (k: string, v: string) => (headersOut[k.toLowerCase()] = v), statusCode: 200 },
    );
    res.on('finish', () =>
      resolve({ type: headersOut['content-type'], body: Buffer.concat(chunks).toString('utf8'), status: res.statusCode }),
    );
    middleware()({ url, headers }, res, () => resolve('next'));
  });
}

describe('data files in development', () => {
  it('serves a data file fetched by the app as JSON', async () => {
    const answer = await request('/data/plan.json');
    expect(answer).not.toBe('next');
    if (answer === 'next') return;
    expect(answer.type).toMatch(/^application\/json/);
    expect(JSON.parse(answer.body)).toHaveProperty('baselineYear');
  });

  it('leaves a module import of a data file to Vite (the shipped plan imported by the code)', async () => {
    expect(await request('/data/plan.json?import')).toBe('next');
    expect(await request('/data/plan.json?t=1&import', {})).toBe('next');
    expect(await request('/data/plan.json', { 'sec-fetch-dest': 'script' })).toBe('next');
  });

  it('answers 404 for a file that does not exist, and passes other paths on', async () => {
    const missing = await request('/data/nothing.json');
    expect(missing).not.toBe('next');
    if (missing !== 'next') expect(missing.status).toBe(404);
    expect(await request('/src/main.tsx')).toBe('next');
  });
});
