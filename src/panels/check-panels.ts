import { must } from '@/lib/must';
import type { LoadedDataset } from '@/data/check-dataset';
import { periodYear } from '@/data/period-year';
import type { DataProblem } from '@/data/problems';
import type { Figure, ThemeFile } from '@/data/schema';
import { formatValue } from '@/i18n/format';
import type { Plan } from '@/plan/plan-schema';
import { figureDecimals } from '@/view-model/formula-words';
import { fillTemplate, literalText, templatePlaceholders } from './note-template';
import { PANELS_FILE, panelTexts, type PanelFileDef } from './panel-file';
import type { PanelDef } from './panel-def';
import { resolvePanels, resolveYear } from './resolve-panels';
import { panelFigureIds } from './select-panel-rows';

/**
 * Checks the panels against the data: a trend line draws only whole-year figures nobody doubts
 * (a first half is not a year; a count its own record calls stale is not a point), and every
 * figure in data/ can be found on some panel.
 */
export function checkPanels(panels: readonly PanelDef[], dataset: LoadedDataset, panelsFile = PANELS_FILE): DataProblem[] {
  const problems: DataProblem[] = [];
  const files = new Map<string, ThemeFile>(dataset.themes.map((t) => [t.data.theme, t.data]));
  const figures = new Map<string, Figure>(dataset.themes.flatMap((t) => t.data.figures.map((f) => [f.id, f] as const)));
  for (const def of panels) {
    if (def.kind !== 'chart' || def.chart.kind !== 'trend') continue;
    const points = [...def.chart.series.flatMap((s) => s.figures), ...(def.chart.targets ?? [])];
    for (const id of points) {
      const figure = figures.get(id);
      if (!figure) continue;
      const report = (message: string) => problems.push({ file: panelsFile, path: def.id, message: `${id}: ${message}`, ids: [id] });
      if (figure.doubt) report(`its record is doubtful (${figure.doubt.en}): keep it off the trend line`);
      const placed = periodYear(figure.period);
      if (!placed) report(`its period (${figure.period.type}) is no single year`);
      else if (placed.partial) report(`it covers part of ${placed.year} only: a yearly axis draws whole years`);
    }
  }
  const reachable = new Set(
    panels.flatMap((def) => {
      const file = files.get(def.theme);
      return file ? panelFigureIds(def, file) : [];
    }),
  );
  for (const { file, data } of dataset.themes) {
    data.figures.forEach((figure, index) => {
      if (!reachable.has(figure.id))
        problems.push({
          file,
          path: `figures.${index}`,
          message: `figure ${figure.id} is on no panel: an official cannot find it`,
          ids: [figure.id],
        });
    });
  }
  return problems;
}

/** The figure and breakdown ids a panel names, each with where it is named. */
function namedIds(def: PanelFileDef): {
  figures: { id: string; path: string; target?: boolean }[];
  breakdowns: { id: string; path: string }[];
} {
  if (def.kind === 'kpi')
    return {
      figures: def.tiles.flatMap((t, i) => [
        { id: t.figure, path: `tiles.${i}.figure` },
        ...(t.change ? [{ id: t.change, path: `tiles.${i}.change` }] : []),
      ]),
      breakdowns: [],
    };
  const c = def.chart;
  const at = (ids: readonly string[], path: string, target?: boolean) => ids.map((id, i) => ({ id, path: `chart.${path}.${i}`, target }));
  switch (c.kind) {
    case 'bar':
      return { figures: at(c.figures, 'figures'), breakdowns: [] };
    case 'breakdown-bar':
    case 'pie':
    case 'treemap':
    case 'progress':
      return { figures: [], breakdowns: [{ id: c.breakdown, path: 'chart.breakdown' }] };
    case 'before-after':
      return {
        figures: c.pairs.flatMap((p, i) => [
          { id: p.before, path: `chart.pairs.${i}.before` },
          { id: p.after, path: `chart.pairs.${i}.after` },
        ]),
        breakdowns: [],
      };
    case 'slope':
      return {
        figures: [
          { id: c.before, path: 'chart.before' },
          { id: c.after, path: 'chart.after' },
        ],
        breakdowns: [],
      };
    case 'gauge':
      return { figures: [{ id: c.figure, path: 'chart.figure' }], breakdowns: [] };
    case 'target':
      return { figures: at(c.targets, 'targets', true), breakdowns: [] };
    case 'trend':
      return {
        figures: [...c.series.flatMap((s, i) => at(s.figures, `series.${i}.figures`)), ...at(c.targets ?? [], 'targets', true)],
        breakdowns: [],
      };
  }
}

/** Years are not values: a literal year (1900–2100, a whole number) is never taken for one. */
const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;

/** The numbers a text writes out: "6,100" is 6100; a number glued to Latin letters ("Q1", "14th") is a name, not a value. */
export function literalNumbers(text: string): number[] {
  return [...text.matchAll(/(?<![A-Za-z0-9.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![A-Za-z0-9])/g)].map((m) =>
    Number(must(m[1], `the digits of "${m[0]}"`).replaceAll(',', '') + (m[2] ?? '')),
  );
}

/** The numbers a figure's value is written with in either language ("1.67万亿元", "CNY 1.67 trillion" give 1.67). */
function valueNumbers(figure: Figure): number[] {
  const texts = (['zh', 'en'] as const).map((lang) =>
    formatValue(figure.value, figure.unit, figure.qualifier, lang, { decimals: figureDecimals(figure) }),
  );
  return [figure.value, ...texts.flatMap(literalNumbers)];
}

/**
 * Numbers a text writes out that are some figure's value: it must say them through a placeholder,
 * or a revised figure would leave the sentence behind. Years never count. A small whole number
 * (below 100) counts only when it is the value of a figure the panel shows or its placeholders
 * name (the 6 of "6 key chains"); elsewhere "Q1–Q3", "batch 20", "10 new" would be taken for
 * unrelated figures that happen to be 10 or 20.
 */
export function restatedValues(
  text: string,
  ownFigures: readonly Figure[],
  allFigures: Iterable<Figure> | ValueIndex,
): { number: number; ids: string[] }[] {
  const own = valueIndex(ownFigures);
  const any = allFigures instanceof Map ? allFigures : valueIndex(allFigures);
  const found: { number: number; ids: string[] }[] = [];
  for (const n of new Set(literalNumbers(literalText(text)))) {
    if (isYear(n)) continue;
    const distinctive = !Number.isInteger(n) || n >= 100;
    const ids = own.get(n) ?? (distinctive ? any.get(n) : undefined);
    if (ids) found.push({ number: n, ids: [...new Set(ids)] });
  }
  return found;
}

/** Figure ids by every number their values are written with. */
export type ValueIndex = Map<number, string[]>;

export function valueIndex(figures: Iterable<Figure>): ValueIndex {
  const index: ValueIndex = new Map();
  for (const f of figures) for (const n of valueNumbers(f)) index.set(n, [...(index.get(n) ?? []), f.id]);
  return index;
}

/**
 * Checks panels.json against the data: every figure and breakdown a panel names exists (a
 * target chart's ids are plan targets of the panel's theme, a breakdown is in the panel's theme
 * file), every placeholder fills, no text restates a figure's value in digits; then the checks
 * of `checkPanels` on the panels as drawn. Each problem names the panel.
 */
export function checkPanelFile(panels: readonly PanelFileDef[], plan: Plan, dataset: LoadedDataset, file = PANELS_FILE): DataProblem[] {
  const problems: DataProblem[] = [];
  const files = new Map<string, ThemeFile>(dataset.themes.map((t) => [t.data.theme, t.data]));
  const figures = new Map<string, Figure>(dataset.themes.flatMap((t) => t.data.figures.map((f) => [f.id, f] as const)));
  const allValues = valueIndex(figures.values());
  const seen = new Map<string, number>();
  panels.forEach((def, index) => {
    const report = (path: string, message: string, ids?: string[]) =>
      problems.push({
        file,
        path: `panels.${index}${path ? `.${path}` : ''}`,
        message: `${message} (panel ${def.id})`,
        ...(ids ? { ids } : {}),
      });
    if (seen.has(def.id)) report('id', `duplicate panel id "${def.id}" (also panels.${seen.get(def.id)})`);
    else seen.set(def.id, index);
    const themeFile = files.get(def.theme);
    const named = namedIds(def);
    for (const { id, path, target } of named.figures) {
      const figure = figures.get(id);
      if (!figure) report(path, `no figure "${id}" in the data`, [id]);
      else if (target && !figure.goal) report(path, `"${id}" is not a plan target (it has no goal)`, [id]);
      else if (target && def.kind === 'chart' && def.chart.kind === 'target' && !themeFile?.figures.some((f) => f.id === id))
        report(path, `plan target "${id}" is not in the panel's theme file (${def.theme})`, [id]);
    }
    for (const { id, path } of named.breakdowns)
      if (!themeFile?.breakdowns?.some((b) => b.id === id)) report(path, `no breakdown "${id}" in the theme file of ${def.theme}`, [id]);
    if (def.kind === 'chart' && def.chart.kind === 'trend' && resolveYear(def.chart.from, plan) > resolveYear(def.chart.to, plan))
      report('chart.from', `the trend starts (${resolveYear(def.chart.from, plan)}) after it ends (${resolveYear(def.chart.to, plan)})`);
    const trend =
      def.kind === 'chart' && def.chart.kind === 'trend'
        ? { ...def.chart, from: resolveYear(def.chart.from, plan), to: resolveYear(def.chart.to, plan) }
        : undefined;
    const own = named.figures.flatMap(({ id }) => figures.get(id) ?? []);
    for (const { path, text } of panelTexts(def)) {
      const lang = path.endsWith('.zh') ? 'zh' : 'en';
      for (const problem of fillTemplate(text, { lang, plan, figures, trend }).problems) report(path, problem);
      const cited = templatePlaceholders(text).flatMap((p) => ('id' in p ? (figures.get(p.id) ?? []) : []));
      for (const { number, ids } of restatedValues(text, [...own, ...cited], allValues))
        report(path, `writes ${number}, the value of ${ids.join(', ')}: say it with a placeholder such as {value:${ids[0]}}`, ids);
    }
  });
  // The checks below draw the panels; a panel naming something that does not exist cannot be drawn.
  if (problems.some((p) => p.ids?.length && !p.message.startsWith('writes'))) return problems;
  return [...problems, ...checkPanels(resolvePanels(panels, plan, figures), dataset, file)];
}
