import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileForPath, serveStatic } from './serve-static';

function site() {
  const dir = mkdtempSync(join(tmpdir(), 'serve-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<h1>看板</h1>');
  writeFileSync(join(dir, 'assets', 'a.js'), 'console.log(1)');
  return dir;
}

describe('static server for the benchmark', () => {
  it('maps paths to files inside the folder only', () => {
    const dir = site();
    expect(fileForPath(dir, '/')).toBe(join(dir, 'index.html'));
    expect(fileForPath(dir, '/assets/a.js?x=1')).toBe(join(dir, 'assets', 'a.js'));
    expect(fileForPath(dir, '/../etc/passwd')).toBeNull();
    expect(fileForPath(dir, '/missing.js')).toBeNull();
  });

  it('gzips text for a client that accepts it, with cache headers as in production', async () => {
    const dir = site();
    const server = await serveStatic(dir, 43117);
    try {
      const asset = await fetch(`${server.url}assets/a.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect(asset.headers.get('content-encoding')).toBe('gzip');
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect(await asset.text()).toBe('console.log(1)');
      const page = await fetch(`${server.url}some/route`);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toBe('<h1>看板</h1>');
      expect((await fetch(`${server.url}missing.js`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
