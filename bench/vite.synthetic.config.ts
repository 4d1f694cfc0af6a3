/**
 * The dashboard at ten times its size, for the scale benchmark, without bench-only code in the
 * app: the app's own Vite config, with
 * - the module src/panels/panels.ts replaced by a generated one whose PANELS are ten copies of the
 *   real ones (panel ids suffixed `-s<k>`, the figure and breakdown ids they show `.s<k>`, as in
 *   the data; see scripts/generate-synthetic-data.ts), and
 * - /data/ served and copied from the synthetic dataset instead of data/.
 * Generate the data first: `npx tsx scripts/generate-synthetic-data.ts` (the bench does this).
 * Build: `npx vite build -c bench/vite.synthetic.config.ts` (BENCH_SYNTHETIC_DATA, BENCH_OUT_DIR).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin, type PluginOption, type UserConfig } from 'vite';
import appConfig from '../vite.config.ts';
import { COPIES, copyWithIds, datasetIds } from '../scripts/generate-synthetic-data.ts';
import { serveDataFiles } from '../scripts/vite-plugin-data-files.ts';
import type { PanelDef } from '../src/panels/panel-def.ts';

const base = appConfig as UserConfig;
const PANELS_MODULE = fileURLToPath(new URL('../src/panels/panels.ts', import.meta.url));
const dataDir = process.env.BENCH_SYNTHETIC_DATA ?? fileURLToPath(new URL('../bench-results/synthetic-data', import.meta.url));
const outDir = process.env.BENCH_OUT_DIR ?? fileURLToPath(new URL('../bench-results/build/synthetic', import.meta.url));

/** Copy k of every panel, pointing at copy k of its figures and breakdowns (as in the data). */
async function syntheticPanels(copies: number): Promise<PanelDef[]> {
  // Loaded through Vite's module runner, as the app sees it (TypeScript, `@/` paths).
  const { module } = await runnerImport<{ PANELS: readonly PanelDef[] }>(PANELS_MODULE, { configFile: false, resolve: base.resolve, logLevel: 'warn' });
  const ids = datasetIds(fileURLToPath(new URL('../data', import.meta.url)));
  return Array.from({ length: copies }, (_, k) => k).flatMap((k) => module.PANELS.map((def) => ({ ...copyWithIds(def, ids, k), id: `${def.id}-s${k}` })));
}

function replacePanels(copies: number): Plugin {
  return {
    name: 'bench-synthetic-panels',
    enforce: 'pre',
    async load(id) {
      if (id.split('?')[0] === PANELS_MODULE) return `export const PANELS = ${JSON.stringify(await syntheticPanels(copies))};\n`;
    },
  };
}

if (!existsSync(dataDir)) throw new Error(`No synthetic data in ${dataDir}: run \`npx tsx scripts/generate-synthetic-data.ts\` first.`);

// The app's plugins, except the one that serves and copies data/.
const appPlugins = (base.plugins ?? []).flat(Infinity as 1).filter((p: PluginOption) => !(p && typeof p === 'object' && 'name' in p && p.name === 'serve-data-files'));

export default defineConfig({
  ...base,
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [replacePanels(COPIES), ...appPlugins, serveDataFiles(dataDir)],
  build: { ...base.build, outDir, emptyOutDir: true },
});
