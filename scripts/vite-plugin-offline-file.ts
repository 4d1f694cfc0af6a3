import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, Rollup } from 'vite';
import { dataBlock } from '../src/report/offline-data-block.ts';

export interface OfflineFileOptions {
  /** The project's folder (where src/ is). */
  root: string;
  /** The data files to put inside (data/*.json). */
  dataDir: string;
  /** The script that runs first in the file and then starts the app. */
  entry: string;
  /** Path of the file inside the build's output folder. */
  fileName: string;
  /** The page's title and language. */
  title: string;
  lang: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** A script or style body cannot contain its own end tag. */
function safeInline(code: string, tag: 'script' | 'style'): string {
  return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

/**
 * The offline file's HTML: the app's CSS and its single classic script inline, the data files
 * in a JSON block the script reads, and a Content Security Policy that allows exactly that
 * script and style (by hash) and no network at all.
 */
export function offlineHtml({
  js,
  css,
  data,
  title,
  lang,
}: {
  js: string;
  css: string;
  data: Record<string, string>;
  title: string;
  lang: string;
}): string {
  const script = safeInline(js, 'script');
  const style = safeInline(css, 'style');
  const policy = [
    "default-src 'none'",
    `script-src 'sha256-${sha256(script)}'`,
    `style-src 'sha256-${sha256(style)}'`,
    'img-src data: blob:',
    'font-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="UTF-8" />',
    `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
    '<meta name="color-scheme" content="light dark" />',
    `<title>${escapeText(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<div id="root"></div>',
    dataBlock(data),
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function outputsOf(result: Awaited<ReturnType<typeof import('vite').build>>): Rollup.OutputBundle[number][] {
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((o) => ('output' in o ? o.output : []));
}

/**
 * After the app's build, a second build of the same source as one file that opens from disk
 * (file://, where Chromium refuses module scripts and fetch): one classic script with every
 * lazy part inlined (no chunks to load), the CSS inline, the data inside. Written to
 * `<outDir>/<fileName>`; the dashboard's "Offline file" downloads it with the data of the moment.
 * The main build's own chunks are untouched.
 */
export function offlineFile(options: OfflineFileOptions): Plugin {
  let outDir = '';
  return {
    name: 'offline-file',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const { build } = await import('vite');
      const result = await build({
        configFile: false,
        root: options.root,
        logLevel: 'warn',
        base: '/',
        publicDir: false,
        plugins: [react()],
        resolve: { alias: { '@': join(options.root, 'src') } },
        build: {
          write: false,
          target: 'es2022',
          sourcemap: false,
          minify: true,
          cssCodeSplit: false,
          modulePreload: false,
          assetsInlineLimit: Number.MAX_SAFE_INTEGER,
          chunkSizeWarningLimit: 5000,
          reportCompressedSize: false,
          rolldownOptions: {
            input: options.entry,
            // Vite's chunk-preload helper mentions import.meta for relative bases; with one file and
            // an absolute base it never runs.
            checks: { emptyImportMeta: false },
            output: { format: 'iife', codeSplitting: false, entryFileNames: 'offline.js', assetFileNames: '[name][extname]' },
          },
        },
      });
      const outputs = outputsOf(result);
      const chunks = outputs.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
      const script = chunks[0];
      if (chunks.length !== 1 || !script) throw new Error(`the offline build made ${chunks.length} scripts; it must make one`);
      const css = outputs
        .filter((o): o is Rollup.OutputAsset => o.type === 'asset' && o.fileName.endsWith('.css'))
        .map((o) => (typeof o.source === 'string' ? o.source : new TextDecoder().decode(o.source)))
        .join('\n');
      const data = Object.fromEntries(
        readdirSync(options.dataDir)
          .filter((name) => name.endsWith('.json'))
          .sort()
          .map((name) => [name, readFileSync(join(options.dataDir, name), 'utf8')]),
      );
      const file = join(outDir, options.fileName);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, offlineHtml({ js: script.code, css, data, title: options.title, lang: options.lang }));
      this.info?.(`offline file: ${options.fileName}`);
    },
  };
}
