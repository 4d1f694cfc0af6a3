import type { Plugin } from 'vite';

/**
 * Adds <link rel="modulepreload"> for chunks the first view imports dynamically (the chart host
 * and ECharts), so the browser fetches them beside the entry chunk instead of after it has run.
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
        return Object.values(ctx.bundle ?? {})
          .filter((item) => item.type === 'chunk' && names.includes(item.name))
          .map((chunk) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}
