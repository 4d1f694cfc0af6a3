import { createHash } from 'node:crypto';
import type { DehydratedState } from '@tanstack/react-query';
import { runnerImport, type Plugin, type PluginOption, type ResolvedConfig } from 'vite';

interface ServerEntry {
  renderFirstView(read: (name: string) => string | undefined): Promise<{ html: string; state: DehydratedState }>;
}

const ROOT_ELEMENT = '<div id="root"></div>';
/** Where the browser finds the first view's query data (src/prerender/first-view-state.ts). */
export const FIRST_VIEW_ATTRIBUTE = 'data-first-view';

/** Every distinct inline style attribute in the markup, as React writes them ("height:300px"). */
export function inlineStyles(html: string): string[] {
  return [
    ...new Set([...html.matchAll(/\sstyle="([^"]*)"/g)].map(([, style = '']) => style.replace(/&quot;/g, '"').replace(/&amp;/g, '&'))),
  ];
}

/** CSP source expressions allowing exactly these style attributes ('unsafe-hashes' plus one hash each). */
export function styleAttributeSources(styles: string[]): string {
  if (styles.length === 0) return '';
  return ["'unsafe-hashes'", ...styles.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`)].join(' ');
}

/**
 * Adds sources to the style-src of the page's Content-Security-Policy meta tag (written with
 * its quotes as `'` or, as Vite writes attributes, `&#39;`).
 */
export function allowInStyleSrc(html: string, sources: string): string {
  if (!sources) return html;
  const meta = /(http-equiv="Content-Security-Policy"\s+content="[^"]*?style-src (?:'|&#39;)self(?:'|&#39;))/;
  const found = html.match(meta)?.[1];
  if (found === undefined) throw new Error('prerender: no style-src in the Content-Security-Policy of index.html');
  const encoded = found.endsWith('&#39;') ? sources.replaceAll("'", '&#39;') : sources;
  return html.replace(meta, `$1 ${encoded}`);
}

/** Puts the first view into index.html: the markup into the root element, the data file's address on it. */
export function insertFirstView(indexHtml: string, markup: string, stateUrl: string): string {
  if (!indexHtml.includes(ROOT_ELEMENT)) throw new Error(`prerender: index.html has no ${ROOT_ELEMENT}`);
  const root = `<div id="root" ${FIRST_VIEW_ATTRIBUTE}="${stateUrl}">${markup}</div>`;
  const preload = `<link rel="preload" as="fetch" crossorigin href="${stateUrl}">`;
  return indexHtml.replace(ROOT_ELEMENT, root).replace('</head>', `    ${preload}\n  </head>`);
}

/** Stylesheet imports are nothing when rendering to a string (the build links the stylesheet). */
function stylesheetsAsNothing(): Plugin {
  const EMPTY = '\0prerender-empty-stylesheet';
  return {
    name: 'prerender-stylesheets-as-nothing',
    enforce: 'pre',
    resolveId: (source) => (source.endsWith('.css') ? EMPTY : undefined),
    load: (id) => (id === EMPTY ? 'export default {};' : undefined),
  };
}

/**
 * Renders the dashboard's first view into index.html at build time (src/entry-server.tsx, with
 * the app's own components and queries, from the data files of this build), and emits the query
 * data it was rendered from as a hashed JSON file for the browser to hydrate with. Inline style
 * attributes React writes (placeholder heights) are allowed by hash in the page's CSP.
 * Must come after the plugin that emits data/*.json and before the service worker's.
 */
export function prerenderFirstView(serverEntry: string, runnerPlugins: PluginOption[] = []): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prerender-first-view',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      const read = (name: string) => {
        const item = bundle[`data/${name}`];
        if (item?.type !== 'asset') return undefined;
        return typeof item.source === 'string' ? item.source : Buffer.from(item.source).toString('utf8');
      };
      const { module } = await runnerImport<ServerEntry>(serverEntry, {
        configFile: false,
        root: config.root,
        base: config.base,
        resolve: { alias: config.resolve.alias },
        plugins: [stylesheetsAsNothing(), ...runnerPlugins],
        logLevel: 'warn',
      });
      const { html, state } = await module.renderFirstView(read);
      const json = JSON.stringify(state);
      const fileName = `${config.build.assetsDir}/first-view-${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
      this.emitFile({ type: 'asset', fileName, source: json });
      const source = typeof index.source === 'string' ? index.source : Buffer.from(index.source).toString('utf8');
      index.source = allowInStyleSrc(insertFirstView(source, html, `${config.base}${fileName}`), styleAttributeSources(inlineStyles(html)));
    },
  };
}
