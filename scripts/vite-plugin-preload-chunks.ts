import type { Plugin } from 'vite';

/** Chunks to preload by name, on every screen or (with `media`) only on screens that match. */
export interface PreloadGroup {
  chunks: string[];
  media?: string;
}

/**
 * Adds <link rel="modulepreload"> for chunks the page imports dynamically at start (the app, run
 * after the first paint) and the chunks they import, so the browser fetches them beside the page
 * instead of after the entry has run. A group with `media` is preloaded only on screens that
 * match it (the browser skips the link elsewhere); a chunk already in an earlier group is not repeated.
 */
export function preloadChunks(groups: PreloadGroup[]): Plugin {
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
        const preloaded = new Set<string>();
        return groups.flatMap(({ chunks, media }) => {
          // A named chunk and every chunk it imports statically: all of them are needed to run it.
          const files: string[] = [];
          const add = (fileName: string) => {
            const item = bundle[fileName];
            if (item?.type !== 'chunk' || preloaded.has(fileName)) return;
            preloaded.add(fileName);
            files.push(fileName);
            item.imports.forEach(add);
          };
          Object.values(bundle).forEach((item) => item.type === 'chunk' && chunks.includes(item.name) && add(item.fileName));
          return files.map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}`, ...(media ? { media } : {}) },
            injectTo: 'head' as const,
          }));
        });
      },
    },
  };
}
