/** The real dataset, read from data/, for the office exports' unit tests. */
import { join } from 'node:path';
import { readDatasetFiles } from '@/data/read-dataset-files';
import type { Figure, ThemeFile } from '@/data/schema';
import { indexById } from '@/view-model/select-rows';
import type { Lang } from '@/i18n/lang';
import { readPanels } from '@/panels/read-panels-file';
import type { PanelDef } from '@/panels/panel-def';
import { officePanel, type OfficePanel } from './office-model';

const { dataset } = readDatasetFiles(join(__dirname, '../../../data'));
export const files = new Map<string, ThemeFile>(dataset!.themes.map((t) => [t.data.theme, t.data]));
export const figures = new Map<string, Figure>(dataset!.themes.flatMap((t) => t.data.figures.map((f) => [f.id, f] as const)));
export const sourceList = dataset!.sources.data.sources;
export const sources = indexById(sourceList);
/** The panels in force, their texts filled from the data. */
export const PANELS = readPanels(undefined, figures);

export const panelDef = (id: string): PanelDef => {
  const def = PANELS.find((p) => p.id === id);
  if (!def) throw new Error(`no panel ${id}`);
  return def;
};

export function testPanel(id: string, lang: Lang): OfficePanel {
  const def = panelDef(id);
  return officePanel(def, { file: files.get(def.theme)!, figures, sources }, lang);
}

export const allPanels = (lang: Lang): OfficePanel[] =>
  PANELS.map((def) => officePanel(def, { file: files.get(def.theme)!, figures, sources }, lang));
