import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const URL_PREFIX = '/data/';

/**
 * Serves the dataset (data/*.json) at /data/ in development and copies it to dist/data/ in a
 * build. The files are fetched at run time, so replacing one on the server changes the
 * dashboard without a rebuild.
 */
export function serveDataFiles(dataDir: string): Plugin {
  const jsonFiles = () => readdirSync(dataDir).filter((name) => name.endsWith('.json'));
  return {
    name: 'serve-data-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const [path = '', query = ''] = (req.url ?? '').split('?');
        if (!path.startsWith(URL_PREFIX)) return next();
        // A module's import of a data file (the shipped plan's defaults) is Vite's to serve as a module.
        if (/(^|&)import(&|=|$)/.test(query) || req.headers['sec-fetch-dest'] === 'script') return next();
        const name = decodeURIComponent(path.slice(URL_PREFIX.length));
        const file = join(dataDir, name);
        if (name.includes('/') || !name.endsWith('.json') || !existsSync(file) || !statSync(file).isFile()) {
          res.statusCode = 404;
          res.end('Not found');
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      for (const name of jsonFiles()) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(join(dataDir, name), 'utf8') });
      }
    },
  };
}
