import type { Source } from '@/data/schema';
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
  image: { preset: PresetId; scale: Scale; background: Background; pixelSizes: Record<string, [number, number]> };
  charts: ManifestChart[];
  /** Every source the charts rest on. */
  sources: Source[];
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
    image: input.image,
    files,
    charts: input.charts,
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
