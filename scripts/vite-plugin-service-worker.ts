import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Emits sw.js with the list of every file of the build to precache (and `publicFiles`, copied
 * from public/ outside the bundle), and a version that changes whenever any of them does, so
 * that a new build replaces the old caches.
 */
export function serviceWorker(source: string, publicFiles: string[] = []): Plugin {
  return {
    name: 'service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const outputs = Object.entries(bundle)
        .filter(([name]) => !name.endsWith('.map') && name !== 'sw.js')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const files = outputs.map(([name]) => name);
      const precache = ['./', ...files.filter((name) => name !== 'index.html'), ...publicFiles, 'index.html'];
      const hash = createHash('sha256');
      for (const [name, item] of outputs) {
        hash.update(name);
        hash.update(item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : Buffer.from(item.source));
      }
      const version = hash.digest('hex').slice(0, 12);
      const code = `self.PRECACHE = ${JSON.stringify(precache)};\nself.VERSION = ${JSON.stringify(version)};\n${readFileSync(source, 'utf8')}`;
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: code });
    },
  };
}

/** Preview server headers as a production server should send them: hashed assets for a year, the rest revalidated. */
export function cacheHeaders(): Plugin {
  return {
    name: 'cache-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const immutable = req.url?.startsWith('/assets/');
        res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        next();
      });
    },
  };
}
