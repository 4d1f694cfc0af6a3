/**
 * Writes a synthetic dataset with TEN TIMES the figures and breakdowns of data/ (for the scale
 * benchmark): copy k of every figure and breakdown gets the id suffix `.s<k>`
 * (`industry.output-value.s3`), and every reference to a figure or breakdown (formula inputs,
 * breakdown totals and members, a goal's results) points into the same copy, so the result passes
 * `npx tsx scripts/check-data.ts <dir>`.
 * sources.json is copied as it is (the copies cite the same sources and clauses).
 *
 * Usage: `npx tsx scripts/generate-synthetic-data.ts [out-dir] [--copies N]`
 * (default bench-results/synthetic-data, 10 copies).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ThemeFile } from '../src/data/schema.ts';
import { THEME_IDS, THEMES } from '../src/data/themes.ts';

export const COPIES = 10;

/** The id of copy `k` of a figure, breakdown or panel. */
export const syntheticId = (id: string, k: number) => `${id}.s${k}`;

/** Every figure and breakdown id in a folder's theme files. */
export function datasetIds(fromDir = 'data'): Set<string> {
  const files = THEME_IDS.map((theme) => JSON.parse(readFileSync(join(fromDir, THEMES[theme].file), 'utf8')) as ThemeFile);
  return new Set(files.flatMap((file) => [...file.figures.map((f) => f.id), ...(file.breakdowns ?? []).map((b) => b.id)]));
}

/**
 * Copy k of a value: every string in it that is a figure or breakdown id (its own id, formula
 * inputs, breakdown totals and members, a goal's results, a panel's figures) becomes that id's copy k.
 * Field by field would miss the references a new field adds; names and clauses are never ids.
 */
export function copyWithIds<T>(value: T, ids: ReadonlySet<string>, k: number): T {
  const copy = (v: unknown): unknown => {
    if (typeof v === 'string') return ids.has(v) ? syntheticId(v, k) : v;
    if (Array.isArray(v)) return v.map(copy);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([key, item]) => [key, copy(item)]));
    return v;
  };
  return copy(value) as T;
}

function copyThemeFile(file: ThemeFile, ids: ReadonlySet<string>, copies: number): ThemeFile {
  const range = Array.from({ length: copies }, (_, k) => k);
  const out: ThemeFile = { ...file, figures: range.flatMap((k) => copyWithIds(file.figures, ids, k)) };
  if (file.breakdowns) out.breakdowns = range.flatMap((k) => copyWithIds(file.breakdowns!, ids, k));
  return out;
}

/** Writes `copies` copies of every theme file and of the panels in `fromDir`, and its sources.json and plan.json, into `outDir`. */
export function generateSyntheticData(outDir: string, { fromDir = 'data', copies = COPIES } = {}): void {
  mkdirSync(outDir, { recursive: true });
  const ids = datasetIds(fromDir);
  for (const theme of THEME_IDS) {
    const name = THEMES[theme].file;
    const file = JSON.parse(readFileSync(join(fromDir, name), 'utf8')) as ThemeFile;
    writeFileSync(join(outDir, name), `${JSON.stringify(copyThemeFile(file, ids, copies), null, 2)}\n`);
  }
  for (const name of ['sources.json', 'plan.json']) writeFileSync(join(outDir, name), readFileSync(join(fromDir, name)));
  // Copy k of every panel shows copy k of its figures (placeholders in its texts keep the
  // original ids and read "…": the bench measures drawing, not words).
  const { panels } = JSON.parse(readFileSync(join(fromDir, 'panels.json'), 'utf8')) as { panels: { id: string }[] };
  const copied = Array.from({ length: copies }, (_, k) => k).flatMap((k) =>
    panels.map((def) => ({ ...copyWithIds(def, ids, k), id: `${def.id}-s${k}` })),
  );
  writeFileSync(join(outDir, 'panels.json'), `${JSON.stringify({ panels: copied }, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--copies');
  const copies = at >= 0 ? Number(args.splice(at, 2)[1]) : COPIES;
  const outDir = resolve(args[0] ?? 'bench-results/synthetic-data');
  generateSyntheticData(outDir, { copies });
  console.log(`wrote ${copies} copies of data/ to ${outDir}`);
}
