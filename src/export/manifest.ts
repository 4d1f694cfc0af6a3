import type { Source } from '@/data/schema';
import type { DataVersion } from '@/report/data-version';
import { pick, type Lang } from '@/i18n/lang';
import type { Background, PresetId, Scale } from './export-presets';

export interface ManifestChart {
  panel: string;
  title: string;
  /** Paths inside the archive, by kind. */
  files: { png?: string; svg?: string; csv?: string };
  figures: string[];
  sources: string[];
}

export interface ManifestInput {
  appTitle: string;
  lang: Lang;
  exportedAt: Date;
  /** The share link of the view the archive was made from. */
  viewUrl?: string;
  /** The data the charts were drawn from: newest source date and a hash of the data files. */
  dataVersion?: DataVersion;
  image: { preset: PresetId; scale: Scale; background: Background; pixelSizes: Record<string, [number, number]> };
  charts: ManifestChart[];
  /** Every source the charts rest on. */
  sources: Source[];
  /** Data files the view needed but that had not loaded: their panels are not in the archive. */
  missing?: ManifestMissing[];
}

/** A data file the export could not include, why, and the panels of the view that needed it. */
export interface ManifestMissing {
  file: string;
  reason: string;
  panels: string[];
}

/** A data file that had not loaded when the export started: failed (with its error) or still loading. */
export interface FileLoadState {
  file: string;
  error: unknown;
  loaded: boolean;
}

/**
 * What an export leaves out: each data file that has not loaded and that a panel of the view
 * needs, with the reason and those panels, in the order the files are given. A file no panel
 * of the view needs is not missed.
 */
export function missingFiles(
  files: readonly FileLoadState[],
  panels: readonly { id: string; files: readonly string[] }[],
): ManifestMissing[] {
  return files.flatMap(({ file, error, loaded }) => {
    if (loaded && !error) return [];
    const needing = panels.filter((panel) => panel.files.includes(file)).map((panel) => panel.id);
    return needing.length ? [{ file, reason: missingReason(error), panels: needing }] : [];
  });
}

/** The error of a file in one line (a file with several problems lists them with "; "). */
export function missingReason(error: unknown): string {
  if (!error) return 'not loaded yet';
  const text = error instanceof Error ? error.message : String(error);
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('; ');
}

export const MANIFEST_NAME = 'manifest.json';

/**
 * The archive's table of contents: which file holds which chart, in dashboard order, and the
 * sources the charts rest on, so a folder of images keeps its provenance.
 */
export function buildManifest(input: ManifestInput) {
  const used = new Set(input.charts.flatMap((c) => c.sources));
  const files = [MANIFEST_NAME, ...input.charts.flatMap((c) => [c.files.png, c.files.svg, c.files.csv].filter((f): f is string => !!f))];
  return {
    title: input.appTitle,
    language: input.lang,
    exportedAt: input.exportedAt.toISOString(),
    ...(input.viewUrl ? { viewUrl: input.viewUrl } : {}),
    ...(input.dataVersion
      ? { dataVersion: { date: input.dataVersion.date, hash: input.dataVersion.hash, files: input.dataVersion.files } }
      : {}),
    image: input.image,
    files,
    charts: input.charts,
    missing: input.missing ?? [],
    sources: input.sources
      .filter((s) => used.has(s.id))
      .map((s) => ({
        id: s.id,
        title: pick(s.title, input.lang),
        publisher: pick(s.publisher, input.lang),
        date: s.date,
        ...(s.section ? { section: pick(s.section, input.lang) } : {}),
        ...(s.url ? { url: s.url } : {}),
      })),
  };
}
