import type { Plugin } from 'vite';

/**
 * Adds <link rel="modulepreload"> for chunks the page imports dynamically at start (the app, run
 * after the first paint) and the chunks they import, so the browser fetches them beside the page
 * instead of after the entry has run.
 */
export function preloadChunks(names: string[]): Plugin {
  let base = '/';
  return {
    name: 'preload-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle ?? {};
        // A named chunk and every chunk it imports statically: all of them are needed to run it.
        const files = new Set<string>();
        const add = (fileName: string) => {
          const item = bundle[fileName];
          if (item?.type !== 'chunk' || files.has(fileName)) return;
          files.add(fileName);
          item.imports.forEach(add);
        };
        Object.values(bundle).forEach((item) => item.type === 'chunk' && names.includes(item.name) && add(item.fileName));
        return [...files].map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
