import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of the app, lowest first. A module may import from its own layer and those below,
 * never from one above: data knows nothing of words or screens, words and charts nothing of
 * panels, panels nothing of the deck or the exports, and only the app puts features together.
 *
 * - data: file formats, validation, the dataset and pure selections of figures.
 * - view model: what the reader sees made of the data, without React: rows, figure texts, trust
 *   labels, flag lines and derived-value words (view-model), words and numbers in each language
 *   (i18n, text), the plan period's texts (plan), chart options (charts).
 * - state: the reader's own state (filters, view, URL); no fetched data. Below components,
 *   because the filter bar and the tiles read it, and above the view model, whose words it uses.
 * - components: UI parts that show rows and states (chart host, tile, table, error card,
 *   error boundary), used by panels and features alike.
 * - panels: the panel model, the visible-panels selector and the panel frame.
 * - features: presenter mode, exports, reports, offline; each gets what it needs as props.
 * - app: the entry points and the page that composes features (the header composes the
 *   export-all, present and report controls, so it belongs here, not with the components).
 */
const LAYERS = ['data', 'view model', 'state', 'components', 'panels', 'features', 'app'] as const;
type Layer = (typeof LAYERS)[number];

const FOLDER_LAYER: Record<string, Layer> = {
  // Small helpers with no imports of the app's own, usable from every layer.
  lib: 'data',
  data: 'data',
  i18n: 'view model',
  text: 'view model',
  charts: 'view model',
  plan: 'view model',
  'view-model': 'view model',
  state: 'state',
  components: 'components',
  panels: 'panels',
  present: 'features',
  export: 'features',
  report: 'features',
  offline: 'features',
  prerender: 'app',
};

/** Files whose layer is not their folder's. */
const FILE_LAYER: Record<string, Layer> = {
  'components/app-header.tsx': 'app',
};

/**
 * Backward edges that exist and are still to be removed: each must still exist (so the list
 * only shrinks), and no other may appear. Importer → imported, both relative to src/.
 */
const KNOWN_BACKWARD: readonly string[] = [
  // The dataset hook and the file readers validate and resolve the panel definitions and the
  // plan: the panel-file schema and the plan schema belong with the data schemas, the resolving
  // (texts filled in each language) above data.
  'data/queries → panels/panel-file',
  'data/queries → plan/plan-schema',
  'data/validators → panels/panel-file',
  'data/validators → plan/plan-schema',
  'data/read-dataset-files → panels/panel-file',
  'data/read-dataset-files → plan/plan-schema',
  'data/use-dataset → panels/panel-def',
  'data/use-dataset → panels/resolve-panels',
  'data/use-dataset → i18n/catalogue',
  'data/use-dataset → plan/active-plan',
  'data/use-dataset → plan/plan-schema',
  // The offline file's entry starts the app: it is an entry point, like main.
  'report/offline-entry → main',
];

const SRC = resolve(__dirname);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.startsWith('test-') ? [path] : [];
  });
}

/** The layer of a file under src/, or undefined for a file at src/'s top (the app's entries). */
function layerOf(file: string): Layer {
  const rel = relative(SRC, file).replaceAll('\\', '/');
  const byFile = FILE_LAYER[rel];
  if (byFile) return byFile;
  const folder = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : undefined;
  if (!folder) return 'app';
  const layer = FOLDER_LAYER[folder];
  if (!layer) throw new Error(`src/${folder}/ has no layer: add it to FOLDER_LAYER in layers.test.ts`);
  return layer;
}

/** Every module a source text imports (static, dynamic and side-effect imports, re-exports). */
function importSpecifiers(text: string): string[] {
  const found = [
    ...text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((m) => m[1]!);
}

/** The file under src/ an import names, or undefined for a package or a file outside src/. */
function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = join(SRC, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
  else return undefined;
  if (!base.startsWith(`${SRC}/`)) return undefined;
  return base.replace(/\.(ts|tsx|css)$/, '');
}

function layerOfTarget(target: string): Layer {
  return layerOf(`${target}.ts`);
}

function backwardEdges(): string[] {
  return sourceFiles(SRC).flatMap((file) => {
    const from = layerOf(file);
    return importSpecifiers(readFileSync(file, 'utf8')).flatMap((specifier) => {
      const target = resolveImport(file, specifier);
      if (!target) return [];
      const to = layerOfTarget(target);
      if (LAYERS.indexOf(to) <= LAYERS.indexOf(from)) return [];
      const rel = (p: string) =>
        relative(SRC, p)
          .replaceAll('\\', '/')
          .replace(/\.(ts|tsx)$/, '');
      return [`${rel(file)} (${from}) → ${rel(target)} (${to})`];
    });
  });
}

describe('layers', () => {
  it('reads every kind of import', () => {
    const text = [
      "import { a } from '@/data/schema';",
      "import type { B } from './b';",
      "export { c } from '../c';",
      "import './styles.css';",
      "const d = lazy(() => import('./deck'));",
      "import {\n  e,\n  f,\n} from '@/panels/panel';",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['@/data/schema', './b', '../c', '@/panels/panel', './styles.css', './deck']);
  });

  it('places folders and files in their layers', () => {
    expect(layerOf(join(SRC, 'data/schema.ts'))).toBe('data');
    expect(layerOf(join(SRC, 'components/app-header.tsx'))).toBe('app');
    expect(layerOf(join(SRC, 'components/kpi-tile.tsx'))).toBe('components');
    expect(layerOf(join(SRC, 'app.tsx'))).toBe('app');
    expect(() => layerOf(join(SRC, 'nowhere/thing.ts'))).toThrow(/has no layer/);
  });

  it('has no import from a lower layer to a higher one beyond the known ones, and each known one still exists', () => {
    const edges = backwardEdges();
    const key = (edge: string) => edge.replace(/ \([^)]*\)/g, '');
    const known = new Set(KNOWN_BACKWARD);
    expect(edges.filter((edge) => !known.has(key(edge)))).toEqual([]);
    const present = new Set(edges.map(key));
    expect(KNOWN_BACKWARD.filter((edge) => !present.has(edge))).toEqual([]);
  });
});
