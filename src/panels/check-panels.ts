import type { LoadedDataset } from '@/data/check-dataset';
import { periodYear } from '@/data/period-year';
import type { DataProblem } from '@/data/problems';
import type { Figure, ThemeFile } from '@/data/schema';
import type { PanelDef } from './panel-def';
import { panelFigureIds } from './select-panel-rows';

const PANELS_FILE = 'src/panels/panels.ts';

/**
 * Checks the panels against the data: a trend line draws only whole-year figures nobody doubts
 * (a first half is not a year; a count its own record calls stale is not a point), and every
 * figure in data/ can be found on some panel.
 */
export function checkPanels(panels: readonly PanelDef[], dataset: LoadedDataset): DataProblem[] {
  const problems: DataProblem[] = [];
  const files = new Map<string, ThemeFile>(dataset.themes.map((t) => [t.data.theme, t.data]));
  const figures = new Map<string, Figure>(dataset.themes.flatMap((t) => t.data.figures.map((f) => [f.id, f] as const)));
  for (const def of panels) {
    if (def.kind !== 'chart' || def.chart.kind !== 'trend') continue;
    const points = [...def.chart.series.flatMap((s) => s.figures), ...(def.chart.targets ?? [])];
    for (const id of points) {
      const figure = figures.get(id);
      if (!figure) continue;
      const report = (message: string) => problems.push({ file: PANELS_FILE, path: def.id, message: `${id}: ${message}`, ids: [id] });
      if (figure.doubt) report(`its record is doubtful (${figure.doubt.en}): keep it off the trend line`);
      const placed = periodYear(figure.period);
      if (!placed) report(`its period (${figure.period.type}) is no single year`);
      else if (placed.partial) report(`it covers part of ${placed.year} only: a yearly axis draws whole years`);
    }
  }
  const reachable = new Set(panels.flatMap((def) => {
    const file = files.get(def.theme);
    return file ? panelFigureIds(def, file) : [];
  }));
  for (const { file, data } of dataset.themes) {
    data.figures.forEach((figure, index) => {
      if (!reachable.has(figure.id))
        problems.push({ file, path: `figures.${index}`, message: `figure ${figure.id} is on no panel: an official cannot find it`, ids: [figure.id] });
    });
  }
  return problems;
}
