import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '@/data/read-dataset-files';
import type { Figure, ThemeFile } from '@/data/schema';
import { linkedPanelIds } from './linked-panels';
import { readPanels } from './read-panels-file';
import { relatedFigureIds } from './select-visible';

const PANELS = readPanels();

const { dataset } = readDatasetFiles(join(__dirname, '../../data'));
const files = new Map<string, ThemeFile>(dataset!.themes.map((t) => [t.data.theme, t.data]));
const figures = new Map<string, Figure>(dataset!.themes.flatMap((t) => t.data.figures.map((f) => [f.id, f] as const)));

describe('linkedPanelIds', () => {
  it('lists every panel that shows a figure of the selection’s district, in dashboard order', () => {
    const highlight = relatedFigureIds('petitions.b20.district.dongli', figures);
    const linked = linkedPanelIds(PANELS, (def) => files.get(def.theme), highlight);
    expect(linked).toContain('petitions-by-district');
    expect(linked).toContain('dongli-headlines');
    expect(linked).not.toContain('sco-projects');
    expect(linked).toEqual(PANELS.map((p) => p.id).filter((id) => linked.includes(id)));
  });

  it('is empty without a selection, and skips panels whose file has not loaded', () => {
    expect(linkedPanelIds(PANELS, (def) => files.get(def.theme), new Set())).toEqual([]);
    const highlight = new Set(['industry.output-value']);
    expect(linkedPanelIds(PANELS, (def) => files.get(def.theme), highlight)).toContain('industry-output');
    expect(linkedPanelIds(PANELS, () => undefined, highlight)).toEqual([]);
  });
});
